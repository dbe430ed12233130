import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, ExecutionResult, MaybeAsyncIterable, MaybePromise } from '@graphql-tools/utils';
import { isAsyncIterable, isPromise } from '@graphql-tools/utils';

/**
 * Gives every subgraph call a signal of its own that is aborted once the call has settled. The
 * HTTP executor joins each call's signal with one signal it shares across all calls to a subgraph,
 * and takes its listener off that shared signal only when the joined signal aborts or is garbage
 * collected: without this, listeners piled up there by the thousand under sustained load (Node's
 * "MaxListenersExceededWarning … abort listeners added to [AbortSignal]").
 */
export function useSettledSubgraphSignals(): GatewayPlugin {
  return {
    onSubgraphExecute({ executor, setExecutor }) {
      const settling = <TReturn>(executionRequest: ExecutionRequest): MaybePromise<MaybeAsyncIterable<ExecutionResult<TReturn>>> => {
        const call = new AbortController();
        const caller = executionRequest.signal;
        const forward = () => call.abort(caller?.reason);
        if (caller?.aborted) forward();
        else caller?.addEventListener('abort', forward, { once: true });
        const settle = () => {
          caller?.removeEventListener('abort', forward);
          call.abort();
        };
        // Set on the request itself: the runtime's timeout keys what it knows of a call (which subgraph timed out) on this object.
        executionRequest.signal = call.signal;
        let result: MaybePromise<MaybeAsyncIterable<ExecutionResult<TReturn>>>;
        try {
          result = executor<TReturn>(executionRequest);
        } catch (error) {
          settle();
          throw error;
        }
        // A stream (deferred parts) still needs its signal after the first answer.
        const settleUnlessStream = <T>(value: T) => {
          if (!isAsyncIterable(value)) settle();
          return value;
        };
        if (!isPromise(result)) return settleUnlessStream(result);
        return result.then(settleUnlessStream, (error: unknown) => {
          settle();
          throw error;
        });
      };
      setExecutor(settling);
    },
  };
}

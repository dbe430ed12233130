import { useNotify, useRefresh } from 'react-admin';
import type { DataProviderError } from './graphqlRequest';

/**
 * A dialog form's save: the write, then a notice, the dialog closed and the page refreshed. On
 * failure it returns the server's field errors for the form to show on its inputs, and notifies.
 */
export const useDialogSave = (onDone: () => void, notice: string) => {
  const notify = useNotify();
  const refresh = useRefresh();
  return async (write: () => Promise<unknown>): Promise<Record<string, string> | undefined> => {
    try {
      await write();
      notify(notice, { type: 'info' });
      onDone();
      refresh();
    } catch (error) {
      const failure = error as DataProviderError;
      notify(failure.message, { type: 'error' });
      return failure.body?.errors;
    }
  };
};

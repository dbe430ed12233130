import { commandsOf, operationsOf, type ConsoleResource } from './consoleResource';
import type { CommandSender, GraphQLRequest, ResourceOperations } from './dataProvider/graphqlRequest';
import { ProfileByIdDocument } from './graphql/generated';

const request = (id: string): GraphQLRequest => ({ query: ProfileByIdDocument, variables: { id }, parseResponse: ({ data }) => data });
const reading = (id: string): ResourceOperations => ({ GET_ONE: () => request(id) });

const resource = (name: string, extra: Partial<ConsoleResource> = {}): ConsoleResource => ({
  name,
  readScope: 'profiles:read',
  operations: reading(name),
  ...extra,
});

/** A sender that answers with the resource it sends for, so a test sees whose sender a command used. */
const senderFor = (resourceName: string): CommandSender => ({
  query: <T>(sent: GraphQLRequest) => Promise.resolve({ resourceName, kind: 'query', variables: sent.variables } as T),
  mutate: <T>(sent: GraphQLRequest) => Promise.resolve({ resourceName, kind: 'mutation', variables: sent.variables } as T),
});

describe('console resources', () => {
  it("reach each resource's records and the records its pages embed, by name", () => {
    const operations = operationsOf([resource('profiles', { embeddedOperations: { profileHistory: reading('history') } }), resource('staff')]);

    expect(Object.keys(operations).sort()).toEqual(['profileHistory', 'profiles', 'staff']);
    expect(operations.profileHistory.GET_ONE!({}, { scopes: [] }).variables).toEqual({ id: 'history' });
  });

  it('refuse two resources claiming one record name', () => {
    expect(() => operationsOf([resource('profiles'), resource('staff', { embeddedOperations: { profiles: reading('other') } })])).toThrow(
      'The resource profiles is offered twice',
    );
  });

  it("send each resource's commands through that resource's sender", async () => {
    const commands = commandsOf(
      [
        resource('profiles', { commands: ({ query }) => ({ exportProfiles: (id: string) => query(request(id)) }) }),
        resource('partnerClients', { commands: ({ mutate }) => ({ revokePartnerClient: (id: string) => mutate(request(id)) }) }),
      ],
      senderFor,
      [],
    ) as Record<string, (id: string) => Promise<unknown>>;

    await expect(commands.exportProfiles('p-1')).resolves.toEqual({ resourceName: 'profiles', kind: 'query', variables: { id: 'p-1' } });
    await expect(commands.revokePartnerClient('c-1')).resolves.toEqual({ resourceName: 'partnerClients', kind: 'mutation', variables: { id: 'c-1' } });
  });

  it("refuse a command named like another resource's or like one of the data provider's own methods", () => {
    const scan = resource('duplicateCandidates', { commands: ({ mutate }) => ({ scanForDuplicates: () => mutate(request('scan')) }) });

    expect(() => commandsOf([scan, resource('profiles', { commands: scan.commands })], senderFor, [])).toThrow(
      'The command scanForDuplicates is offered twice',
    );
    expect(() =>
      commandsOf([resource('profiles', { commands: ({ query }) => ({ getList: () => query(request('list')) }) })], senderFor, ['getList', 'getOne']),
    ).toThrow('The command getList is offered twice');
  });
});

import type { GetManyReferenceParams } from 'react-admin';
import { ProfileHistoryDocument, type ProfileHistoryQuery } from '../../graphql/generated';
import type { GraphQLRequest, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toListResult, toPage } from '../../dataProvider/listParams';

/** A profile's changes, newest first (the only order the API keeps), a page at a time, with the staff member's name from the access subgraph. */
export const profileHistoryOperations: ResourceOperations = {
  GET_MANY_REFERENCE: (params: GetManyReferenceParams): GraphQLRequest<ProfileHistoryQuery> => {
    const page = toPage('profileHistory', params);
    return {
      query: ProfileHistoryDocument,
      variables: { id: String(params.id), page },
      parseResponse: ({ data }) => toListResult(requireRecord(data.profile).data.history, page, 'profileHistory', params),
    };
  },
};

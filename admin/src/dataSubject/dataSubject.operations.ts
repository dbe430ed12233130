import {
  ProfilesDataSubjectEraseDocument,
  ProfilesDataSubjectExportDocument,
  type ProfilesDataSubjectEraseMutation,
  type ProfilesDataSubjectExportQuery,
} from '../graphql/generated';
import type { GraphQLRequest } from '../dataProvider/graphqlRequest';

export type DataSubjectExport = ProfilesDataSubjectExportQuery['profilesDataSubjectExport'];
export type DataSubjectErasure = ProfilesDataSubjectEraseMutation['profilesDataSubjectErase'];

export const dataSubjectCommands = {
  export: (subjectId: string): GraphQLRequest<ProfilesDataSubjectExportQuery> => ({
    query: ProfilesDataSubjectExportDocument,
    variables: { subjectId },
    parseResponse: ({ data }): DataSubjectExport => data.profilesDataSubjectExport,
  }),
  erase: (subjectId: string): GraphQLRequest<ProfilesDataSubjectEraseMutation> => ({
    query: ProfilesDataSubjectEraseDocument,
    variables: { subjectId },
    parseResponse: ({ data }): DataSubjectErasure => data.profilesDataSubjectErase,
  }),
};

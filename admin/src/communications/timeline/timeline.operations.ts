import type { GetManyReferenceParams } from 'react-admin';
import { ProfileTimelineDocument, type InteractionChannel, type ProfileTimelineQuery, type TimelineKind } from '../../graphql/generated';
import type { GraphQLRequest, RequestContext, ResourceOperations } from '../../dataProvider/graphqlRequest';
import { requireRecord, toListResult, toPage } from '../../dataProvider/listParams';
import { campaignVisibility } from '../../auth/scopes';
import { allowingConfidentialRefusals } from '../interactions/confidential';

/** The tab's filter: one channel and one kind at most, as the API takes lists. */
export interface TimelineFilterValues {
  channel?: InteractionChannel | '';
  kind?: TimelineKind | '';
}

/** A traveller's timeline, newest first, one page at a time by cursor. */
export const profileTimelineOperations: ResourceOperations = {
  GET_MANY_REFERENCE: (params: GetManyReferenceParams, { scopes }: RequestContext): GraphQLRequest<ProfileTimelineQuery> => {
    const { channel, kind } = (params.filter ?? {}) as TimelineFilterValues;
    const page = toPage('profileTimeline', params);
    return allowingConfidentialRefusals({
      query: ProfileTimelineDocument,
      variables: {
        ...campaignVisibility(scopes),
        id: String(params.id),
        filter: { channels: channel ? [channel] : undefined, kinds: kind ? [kind] : undefined },
        page,
      },
      parseResponse: ({ data }) => toListResult(requireRecord(data.profile).data.timeline, page, 'profileTimeline', params),
    });
  },
};

import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/** A calendar date without time or zone, `YYYY-MM-DD`; one definition for every subgraph. */
export const DateScalar = new GraphQLScalarType({ ...GraphQLLocalDate.toConfig(), name: 'Date', description: 'A calendar date, YYYY-MM-DD.' });

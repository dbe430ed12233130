import { buildSchema, parse, validate } from 'graphql';
import { maxCostRule } from './limits';

const schema = buildSchema(`
  type Query { results: [Result!]! }
  union Result = Trip | Hotel
  interface Priced { price: Int }
  type Trip implements Priced { price: Int legs: [Leg!]! }
  type Hotel implements Priced { price: Int rooms: [Room!]! }
  type Leg { stops: [Stop!]! }
  type Room { beds: [Stop!]! }
  type Stop { name: String }
`);

const costOf = (query: string) => {
  const [error] = validate(schema, parse(query), [maxCostRule(0, 10)]);
  return error?.extensions.cost as { estimated: number } | undefined;
};

describe('cost of abstract types', () => {
  it('takes the dearest member type of a union or interface, not the sum of its branches', () => {
    // results: 10 × (1 + one member's 10 × (1 + 10)) = 1110; both branches added would be 2210.
    expect(costOf('{ results { ... on Trip { legs { stops { name } } } ... on Hotel { rooms { beds { name } } } } }')).toEqual({ estimated: 1110, max: 0 });
    expect(costOf('{ results { ... on Priced { price } ... on Trip { legs { stops { name } } } ... on Hotel { rooms { beds { name } } } } }')).toEqual({
      estimated: 1110,
      max: 0,
    });
  });
});

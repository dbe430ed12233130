fragment __Entity__Fields on __Entity__ {
  id
  name
  contactEmail
  version
  createdAt
  updatedAt
}

query __Entity__List($filter: __Entity__Filter, $sort: __Entity__Sort, $page: PageInput) {
  __entities__(filter: $filter, sort: $sort, page: $page) {
    items {
      ...__Entity__Fields
    }
    total
    totalIsExact
    nextCursor
  }
}

query __Entity__ById($id: ID!) {
  __entity__(id: $id) {
    ...__Entity__Fields
  }
}

mutation Create__Entity__($input: Create__Entity__Input!) {
  create__Entity__(input: $input) {
    ...__Entity__Fields
  }
}

mutation Update__Entity__($id: ID!, $input: Update__Entity__Input!) {
  update__Entity__(id: $id, input: $input) {
    ...__Entity__Fields
  }
}

package store

// Reader answers the GraphQL API's queries.
type Reader interface{}

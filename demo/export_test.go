package demo

// ColdChainQueries exposes the cold chain's GraphQL queries to the tests.
var ColdChainQueries = coldChainQueries

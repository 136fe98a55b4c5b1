// Package stack runs Bevan's services on a local devnet: the relayer (with a redis-server child process when no
// Redis is given) and the indexer with its GraphQL server. It is the development glue that `bevan devnet`, the
// benchmarks and the end-to-end tests share; it depends on the services, and no service depends on it.
package stack

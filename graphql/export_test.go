package graphql

import "context"

// WithQueryCounter returns a context whose GraphQL query operation batches its lookups in one batches (which the
// server then keeps) and a function that reports how many store queries those batched lookups ran.
func WithQueryCounter(ctx context.Context) (context.Context, func() int) {
	b := &batches{}
	return context.WithValue(ctx, batchesKey{}, b), func() int {
		b.mu.Lock()
		defer b.mu.Unlock()
		return b.queries
	}
}

// UseGQLGenMarshal turns the consents' fast marshalling off: the server writes every object through gqlgen's
// generated code.
func (s *Server) UseGQLGenMarshal() { s.res.gqlgenMarshal = true }

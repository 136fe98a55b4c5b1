package graphql

import (
	"context"

	gql "github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals a list's elements one after the other on the calling goroutine. `make graphql` points the
// generated code's list marshalling here instead of gqlgen's graphql.MarshalSliceConcurrently, which starts a
// goroutine per element: for a 100-row page that is 100 goroutines for the edges and 100 more for the nodes, while
// nothing in an element blocks (the rows are read before marshalling; the fields that do their own I/O, such as
// Consent.history, are resolvers that gqlgen still runs concurrently). Same signature and the same per-element
// field context and panic recovery as gqlgen's.
func marshalSlice(ctx context.Context, length int, _ int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) gql.Marshaler) gql.Array {
	ret := make(gql.Array, length)
	fcs := make([]gql.FieldContext, length) // one allocation for the elements' field contexts
	idx := make([]int, length)
	for i := range length {
		idx[i] = i
		fcs[i].Index = &idx[i]
		child := gql.WithFieldContext(ctx, &fcs[i])
		if omitPanicHandler {
			ret[i] = marshalElement(child, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					gql.AddError(child, gql.Recover(child, r))
					ret[i] = gql.Null
				}
			}()
			ret[i] = marshalElement(child, i)
		}()
	}
	return ret
}

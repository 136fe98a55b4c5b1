package graphql

import (
	"context"
	"fmt"

	gql "github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// ListBaseCost is what every list field costs before its page: a database round trip, however small the page.
const ListBaseCost = 100

// opLimits refuses an operation before it runs when it selects more than maxFields fields (aliases included;
// fragments counted each time they are spread), nests data fields deeper than maxDepth, or asks introspection for
// more than maxIntrospection (introspection is bounded by the schema, not by data, so it is costed on its own: a list
// counts as many times as the longest such list in the schema; the standard introspection query fits with room).
// It runs before gqlgen's complexity calculation, which expands fragments, and is linear in the document's size:
// a fragment's figures are computed once.
type opLimits struct {
	maxFields, maxDepth, maxIntrospection int
	// cache is the server's cache of parsed and validated documents: a document in it was counted before.
	cache gql.Cache[*ast.QueryDocument]
	// listLen is the longest list each introspection field can return in this schema ("__Type.fields" -> n).
	listLen map[string]int
}

var _ interface {
	gql.HandlerExtension
	gql.OperationParameterMutator
	gql.OperationContextMutator
} = (*opLimits)(nil)

func (l *opLimits) ExtensionName() string { return "OperationLimits" }

// Validate reads the longest introspection lists from the schema.
func (l *opLimits) Validate(es gql.ExecutableSchema) error {
	s := es.Schema()
	l.listLen = map[string]int{"__Schema.types": len(s.Types), "__Schema.directives": len(s.Directives)}
	grow := func(k string, n int) { l.listLen[k] = max(l.listLen[k], n) }
	for _, t := range s.Types {
		switch t.Kind {
		case ast.InputObject:
			grow("__Type.inputFields", len(t.Fields))
		case ast.Enum:
			grow("__Type.enumValues", len(t.EnumValues))
		default:
			grow("__Type.fields", len(t.Fields))
		}
		grow("__Type.interfaces", len(t.Interfaces))
		grow("__Type.possibleTypes", len(s.GetPossibleTypes(t)))
		for _, f := range t.Fields {
			grow("__Field.args", len(f.Arguments))
		}
	}
	for _, d := range s.Directives {
		grow("__Directive.args", len(d.Arguments))
		grow("__Directive.locations", len(d.Locations))
	}
	return nil
}

// MutateOperationParameters counts the fields of a document the server has not seen before parsing and validating
// it: validation of a field-heavy document is what costs (a 1,000-alias body: ~5 ms of validation after ~3 ms of
// parsing), so the field cap refuses such a body after parsing it here.
func (l *opLimits) MutateOperationParameters(ctx context.Context, p *gql.RawParams) *gqlerror.Error {
	if l.cache != nil {
		if _, ok := l.cache.Get(ctx, p.Query); ok {
			return nil
		}
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: p.Query})
	if err != nil {
		return nil // gqlgen parses it again and reports the error
	}
	w := opWalker{lim: l, frags: doc.Fragments, memo: map[memoKey]opStats{}, visiting: map[string]bool{}}
	for _, op := range doc.Operations {
		if err := l.tooManyFields(w.set(op.SelectionSet, false, 0)); err != nil {
			return err
		}
	}
	return nil
}

func (l *opLimits) tooManyFields(st opStats) *gqlerror.Error {
	if st.fields <= l.maxFields {
		return nil
	}
	return &gqlerror.Error{Message: fmt.Sprintf("query selects %s fields, more than the limit of %d (each alias and each "+
		"use of a fragment counts)", atLeast(st.fields, l.maxFields), l.maxFields), Extensions: map[string]any{"code": "TOO_MANY_FIELDS"}}
}

func (l *opLimits) MutateOperationContext(_ context.Context, oc *gql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := opWalker{lim: l, frags: oc.Doc.Fragments, memo: map[memoKey]opStats{}, visiting: map[string]bool{}}
	st := w.set(oc.Operation.SelectionSet, false, 0)
	if err := l.tooManyFields(st); err != nil {
		return err
	}
	switch {
	case st.depth > l.maxDepth:
		return &gqlerror.Error{Message: fmt.Sprintf("query depth %d exceeds the limit of %d", st.depth, l.maxDepth),
			Extensions: map[string]any{"code": "QUERY_TOO_DEEP"}}
	case st.introspection > l.maxIntrospection:
		return &gqlerror.Error{Message: fmt.Sprintf("introspection cost %s exceeds the limit of %d (the standard introspection "+
			"query fits; nest fewer lists)", atLeast(st.introspection, l.maxIntrospection), l.maxIntrospection),
			Extensions: map[string]any{"code": "INTROSPECTION_TOO_COMPLEX"}}
	}
	return nil
}

// atLeast prints n, or "more than limit" once counting stopped early.
func atLeast(n, limit int) string {
	if n >= saturated {
		return fmt.Sprintf("far more than %d", limit)
	}
	return fmt.Sprint(n)
}

// saturated caps every figure, so that fragment bombs cannot overflow them.
const saturated = 1 << 40

func sat(n int) int { return min(n, saturated) }

// opStats are one selection set's figures: data fields selected, data depth, introspection cost.
type opStats struct{ fields, depth, introspection int }

type memoKey struct {
	frag  string
	intro bool
}

type opWalker struct {
	lim      *opLimits
	frags    ast.FragmentDefinitionList
	memo     map[memoKey]opStats
	visiting map[string]bool
}

// set walks a selection set; intro is true under __schema or __type. A fragment cycle counts nothing (validation
// refuses it); nest bounds the walk anyway.
func (w *opWalker) set(set ast.SelectionSet, intro bool, nest int) opStats {
	var out opStats
	if nest > 256 {
		return opStats{fields: saturated, depth: saturated, introspection: saturated}
	}
	add := func(s opStats) {
		out.fields = sat(out.fields + s.fields)
		out.introspection = sat(out.introspection + s.introspection)
		out.depth = max(out.depth, s.depth)
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			switch {
			case intro:
				child := w.set(s.SelectionSet, true, nest+1)
				n := 1
				if s.ObjectDefinition != nil {
					n = max(1, w.lim.listLen[s.ObjectDefinition.Name+"."+s.Name])
				}
				add(opStats{introspection: sat(1 + n*child.introspection)})
			case s.Name == "__schema" || s.Name == "__type":
				child := w.set(s.SelectionSet, true, nest+1)
				add(opStats{introspection: sat(1 + child.introspection)})
			default:
				child := w.set(s.SelectionSet, false, nest+1)
				add(opStats{fields: sat(1 + child.fields), depth: 1 + child.depth, introspection: child.introspection})
			}
		case *ast.InlineFragment:
			add(w.set(s.SelectionSet, intro, nest+1))
		case *ast.FragmentSpread:
			k := memoKey{s.Name, intro}
			st, ok := w.memo[k]
			if !ok && !w.visiting[s.Name] {
				if f := w.frags.ForName(s.Name); f != nil {
					w.visiting[s.Name] = true
					st = w.set(f.SelectionSet, intro, nest+1)
					delete(w.visiting, s.Name)
				}
				w.memo[k] = st
			}
			add(st)
		}
	}
	return out
}

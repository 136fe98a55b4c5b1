package graphql

import (
	"context"
	"encoding/json"
	"slices"
	"sync"

	gql "github.com/99designs/gqlgen/graphql"
	"github.com/bevan-health/bevan/graphql/model"
	"github.com/bevan-health/bevan/store"
	"github.com/vektah/gqlparser/v2/ast"
)

// batches holds one query operation's batched lookups, so that a page of consents with their history costs one
// store query, not one per consent, and so do the aliases of recordVersions or consentHistory in one operation:
// the first lookup loads its siblings too (the other consents of its page, the operation's other root fields of
// the same name and block), and the rest are answered from here.
type batches struct {
	mu       sync.Mutex
	history  map[batchKey][]*model.ConsentEvent
	versions map[batchKey][]*model.Anchor
	// queries counts the store queries run (tests).
	queries int
	// rendered are consent pages already written from the store's rows (query.go, renderedPage), by their first
	// edge: the edge list's marshaller takes its page from here (fastmarshal.go) instead of writing the edges.
	rendered map[*ConsentEdge]*pooledJSON
}

// putRendered keeps a page written from the store's rows for the marshaller of the edge list starting at first.
func (b *batches) putRendered(first *ConsentEdge, page *pooledJSON) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.rendered == nil {
		b.rendered = map[*ConsentEdge]*pooledJSON{}
	}
	b.rendered[first] = page
}

// takeRendered is the page kept for the edge list starting at first (nil: none), once.
func (b *batches) takeRendered(first *ConsentEdge) *pooledJSON {
	b.mu.Lock()
	defer b.mu.Unlock()
	page := b.rendered[first]
	delete(b.rendered, first)
	return page
}

type batchKey struct {
	at uint64 // with atSet false: the current state
	// atSet is whether at applies.
	atSet bool
	id    string
}

func keyOf(at *uint64, id string) batchKey {
	if at == nil {
		return batchKey{id: id}
	}
	return batchKey{at: *at, atSet: true, id: id}
}

type batchesKey struct{}

// batchQueries gives each query operation its batches (subscriptions are long-lived: they get none, and their
// payloads have no batched fields). A batches already in the context (a test's) is kept.
func batchQueries(ctx context.Context, next gql.OperationHandler) gql.ResponseHandler {
	if _, ok := ctx.Value(batchesKey{}).(*batches); ok {
		return next(ctx)
	}
	if op := gql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Query {
		return next(ctx)
	}
	return next(context.WithValue(ctx, batchesKey{}, &batches{}))
}

// historyOf is Consent.history: batched over the consents of the page the consent is on.
func (r *Resolver) historyOf(ctx context.Context, c *model.Consent) ([]*model.ConsentEvent, error) {
	b, _ := ctx.Value(batchesKey{}).(*batches)
	at := blockOf(ctx)
	if b == nil {
		return r.consentHistory(ctx, c.ConsentID.Hex(), at)
	}
	var ids []string
	for fc := gql.GetFieldContext(ctx); fc != nil && ids == nil; fc = fc.Parent {
		switch v := fc.Result.(type) {
		case []*ConsentEdge:
			ids = make([]string, 0, len(v))
			for _, e := range v {
				ids = append(ids, e.Node.ConsentID.Hex())
			}
		case *ConsentConnection:
			ids = make([]string, 0, len(v.Edges))
			for _, e := range v.Edges {
				ids = append(ids, e.Node.ConsentID.Hex())
			}
		}
	}
	return b.historyFor(ctx, r, at, c.ConsentID.Hex(), ids)
}

// consentHistoryOf is Query.consentHistory: batched over the operation's consentHistory fields at the same block.
func (r *Resolver) consentHistoryOf(ctx context.Context, consentID string, at *uint64) ([]*model.ConsentEvent, error) {
	b, _ := ctx.Value(batchesKey{}).(*batches)
	if b == nil {
		return r.consentHistory(ctx, consentID, at)
	}
	return b.historyFor(ctx, r, at, consentID, rootSiblings(ctx, "consentHistory", "consentId", at))
}

// recordVersionsOf is Query.recordVersions: batched over the operation's recordVersions fields at the same block.
func (r *Resolver) recordVersionsOf(ctx context.Context, recordID string, at *uint64) ([]*model.Anchor, error) {
	b, _ := ctx.Value(batchesKey{}).(*batches)
	ids := []string{recordID}
	if b != nil {
		ids = rootSiblings(ctx, "recordVersions", "recordId", at)
	}
	load := func(ids []string) (map[string][]*model.Anchor, error) {
		out := make(map[string][]*model.Anchor, len(ids))
		for part := range slices.Chunk(ids, MaxPageSize) {
			p, err := sel(ctx, r, store.Anchors, store.List{At: at, First: MaxPageSize * len(part),
				Where: []store.Cond{{Col: store.ColRecordID, Op: store.In, Values: anys(part)}}})
			if err != nil {
				return nil, err
			}
			// in chain order, which follows the supersedes chain from the first version (the contract enforces it)
			for i := range p.Rows {
				a := anchorOf(&p.Rows[i])
				k := a.RecordID.Hex()
				out[k] = append(out[k], a)
			}
		}
		return out, nil
	}
	if b == nil {
		m, err := load([]string{lower(recordID)})
		return orEmpty(m[lower(recordID)]), err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if v, ok := b.versions[keyOf(at, lower(recordID))]; ok {
		return v, nil
	}
	todo := b.missing(at, lower(recordID), ids, func(k batchKey) bool { _, ok := b.versions[k]; return ok })
	m, err := load(todo)
	b.queries += (len(todo) + MaxPageSize - 1) / MaxPageSize
	if err != nil {
		return nil, err
	}
	if b.versions == nil {
		b.versions = map[batchKey][]*model.Anchor{}
	}
	for _, id := range todo {
		b.versions[keyOf(at, id)] = orEmpty(m[id])
	}
	return b.versions[keyOf(at, lower(recordID))], nil
}

// historyFor answers one consent's history, loading those of siblings not loaded yet in the same query.
func (b *batches) historyFor(ctx context.Context, r *Resolver, at *uint64, consentID string, siblings []string) ([]*model.ConsentEvent, error) {
	id := lower(consentID)
	b.mu.Lock()
	defer b.mu.Unlock()
	if v, ok := b.history[keyOf(at, id)]; ok {
		return v, nil
	}
	todo := b.missing(at, id, siblings, func(k batchKey) bool { _, ok := b.history[k]; return ok })
	if b.history == nil {
		b.history = map[batchKey][]*model.ConsentEvent{}
	}
	for part := range slices.Chunk(todo, MaxPageSize) {
		b.queries++
		p, err := sel(ctx, r, store.ConsentEvents, store.List{At: at, First: MaxPageSize * len(part),
			Where: []store.Cond{{Col: store.ColConsentID, Op: store.In, Values: anys(part)}}})
		if err != nil {
			return nil, err
		}
		got := make(map[string][]*model.ConsentEvent, len(part))
		for i := range p.Rows {
			e := consentEventOf(&p.Rows[i])
			if k := e.ConsentID.Hex(); len(got[k]) < MaxPageSize { // as many as one consent's own lookup returns
				got[k] = append(got[k], e)
			}
		}
		for _, id := range part {
			b.history[keyOf(at, id)] = orEmpty(got[id])
		}
	}
	return b.history[keyOf(at, id)], nil
}

// missing returns id and the siblings (lower-cased, once each) not loaded yet.
func (b *batches) missing(at *uint64, id string, siblings []string, loaded func(batchKey) bool) []string {
	todo := []string{id}
	seen := map[string]bool{id: true}
	for _, s := range siblings {
		s = lower(s)
		if !seen[s] && !loaded(keyOf(at, s)) {
			seen[s] = true
			todo = append(todo, s)
		}
	}
	return todo
}

// rootSiblings returns the id argument of the operation's root fields called name that answer at the same block.
func rootSiblings(ctx context.Context, name, idArg string, at *uint64) []string {
	oc := gql.GetOperationContext(ctx)
	if oc == nil || oc.Operation == nil {
		return nil
	}
	var ids []string
	for _, f := range gql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Query"}) {
		if f.Name != name {
			continue
		}
		args := f.ArgumentMap(oc.Variables)
		id, ok := args[idArg].(string)
		if !ok || !sameBlock(args["block"], at) {
			continue
		}
		ids = append(ids, id)
	}
	return ids
}

// sameBlock reports whether a block argument as parsed (nil, or {number: N} from a literal or a variable) is at.
func sameBlock(arg any, at *uint64) bool {
	m, ok := arg.(map[string]any)
	if arg == nil || (ok && m == nil) {
		return at == nil
	}
	if !ok || at == nil {
		return false
	}
	var n int64
	switch v := m["number"].(type) {
	case int64:
		n = v
	case int:
		n = int64(v)
	case float64:
		n = int64(v)
	case json.Number:
		i, err := v.Int64()
		if err != nil {
			return false
		}
		n = i
	default:
		return false
	}
	return n >= 0 && uint64(n) == *at
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

package graphql

import (
	"context"
	"io"
	"strconv"
	"sync"

	gql "github.com/99designs/gqlgen/graphql"
	"github.com/ethereum/go-ethereum/common"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/bevan-health/bevan/graphql/model"
)

// Consents, the API's hot path, are written without gqlgen's per-field machinery when what is selected allows it.
// gqlgen resolves each field of each object through graphql.ResolveField: a field context, a context, closures, the
// value boxed in an interface and a Marshaler per field, for fields that only read a struct member. A 100-row page
// of four fields is some 2,000 of those. Here the selection is collected once per list (gqlgen's CollectFields,
// which applies fragments, aliases and @skip/@include exactly as the generated code does) and each row is appended
// to one buffer. The output is byte for byte gqlgen's (TestFastMarshalMatchesGQLGen compares them).
//
// The fast path is taken only when every selected field is a plain struct member: a field with a resolver (history,
// fhir, purposeDetails), a deferred fragment, or a nil element (an error gqlgen reports) falls back to the
// generated code for the whole list or object. It skips field middleware (handler.Server.AroundFields), which this
// server does not use. `make graphql` points the generated code's calls of _Consent and of the edge list's
// marshaller here (fastConsent, fastConsentEdges).

// rawJSON is an already-written JSON value.
type rawJSON []byte

// MarshalGQL writes the value.
func (r rawJSON) MarshalGQL(w io.Writer) { _, _ = w.Write(r) }

// pooledJSON is an already-written JSON value in a buffer of the resolver's pool, given back once it is written.
// gqlgen writes each value of an answer once, into the answer's own buffer; a value it never writes (an answer cut
// short) leaves its buffer to the garbage collector.
type pooledJSON struct {
	b    *[]byte
	pool *sync.Pool
}

// maxPooledPage bounds the page buffers kept for reuse (a 100-row page of every field is about 60 KB).
const maxPooledPage = 256 << 10

// MarshalGQL writes the value and gives its buffer back.
func (p *pooledJSON) MarshalGQL(w io.Writer) {
	b := p.b
	if b == nil {
		panic("graphql: a pooled page written twice")
	}
	p.b = nil
	_, _ = w.Write(*b)
	if cap(*b) <= maxPooledPage {
		p.pool.Put(b)
	}
}

// consentField is a Consent field the fast path writes.
type consentField uint8

const (
	cfTypename consentField = iota
	cfConsentID
	cfPatient
	cfGrantee
	cfPurposes
	cfPurposeMask
	cfActions
	cfActionMask
	cfExpiresAt
	cfScope
	cfGrantedBy
	cfGrantedAt
	cfGrantedBlock
	cfGrantedTx
	cfRevoked
	cfRevokedAt
	cfRevokedBy
	cfRevokedBlock
	cfRevokedTx
	cfStatus
	cfValidFrom
	cfValidUntil
)

// consentFieldOf maps a schema field to the member it reads (ok false: a resolver field, written by gqlgen).
func consentFieldOf(name string) (consentField, bool) {
	switch name {
	case "__typename":
		return cfTypename, true
	case "consentId":
		return cfConsentID, true
	case "patient":
		return cfPatient, true
	case "grantee":
		return cfGrantee, true
	case "purposes":
		return cfPurposes, true
	case "purposeMask":
		return cfPurposeMask, true
	case "actions":
		return cfActions, true
	case "actionMask":
		return cfActionMask, true
	case "expiresAt":
		return cfExpiresAt, true
	case "scope":
		return cfScope, true
	case "grantedBy":
		return cfGrantedBy, true
	case "grantedAt":
		return cfGrantedAt, true
	case "grantedBlock":
		return cfGrantedBlock, true
	case "grantedTx":
		return cfGrantedTx, true
	case "revoked":
		return cfRevoked, true
	case "revokedAt":
		return cfRevokedAt, true
	case "revokedBy":
		return cfRevokedBy, true
	case "revokedBlock":
		return cfRevokedBlock, true
	case "revokedTx":
		return cfRevokedTx, true
	case "status":
		return cfStatus, true
	case "validFrom":
		return cfValidFrom, true
	case "validUntil":
		return cfValidUntil, true
	}
	return 0, false
}

// plan is an object's selected fields in output order: each key is the quoted alias and a colon.
type plan[F ~uint8] struct {
	keys   []string
	fields []F
}

// fastMarshal reports whether the fast path may run (tests switch it off to compare with gqlgen's output).
func (ec *executionContext) fastMarshal() bool {
	r, ok := ec.Resolvers.(*Resolver)
	return ok && !r.gqlgenMarshal
}

// collect plans the selection of an object with the given implementors (ok false when a field is not plain or is deferred).
func collect[F ~uint8](oc *gql.OperationContext, sel ast.SelectionSet, implementors []string, fieldOf func(string) (F, bool)) (plan[F], bool) {
	fields := gql.CollectFields(oc, sel, implementors)
	p := plan[F]{keys: make([]string, 0, len(fields)), fields: make([]F, 0, len(fields))}
	for _, f := range fields {
		id, ok := fieldOf(f.Name)
		if !ok || f.IsDeferred() {
			return p, false
		}
		if dup(p.keys, f.Alias) { // gqlgen writes the first of two fields with one alias (CollectFields merges them)
			continue
		}
		p.keys = append(p.keys, string(appendQuoted(nil, f.Alias))+":")
		p.fields = append(p.fields, id)
	}
	return p, true
}

// size is about how long an object of the plan is written (its keys, and each field's usual value length): the
// buffer is allocated once, without growing, and without much room to spare.
func (p *plan[F]) size(value func(F) int) int {
	n := 2
	for i, f := range p.fields {
		n += len(p.keys[i]) + value(f) + 1
	}
	return n
}

// consentFieldSize is a consent field's usual written length: quoted hex for hashes (66 digits) and addresses (42),
// a few codes for purposes and actions, digits for numbers.
func consentFieldSize(f consentField) int {
	switch f {
	case cfConsentID, cfScope, cfGrantedTx, cfRevokedTx:
		return 68
	case cfPatient, cfGrantee, cfGrantedBy, cfRevokedBy:
		return 44
	case cfPurposes, cfActions:
		return 64
	}
	return 12
}

// edgeFieldSize is an edge field's usual written length, its node's excluded (a cursor is ~50 base64 characters).
func edgeFieldSize(f edgeField) int {
	if f == efCursor {
		return 64
	}
	return 14
}

func dup(keys []string, alias string) bool {
	for _, k := range keys {
		if len(k) == len(alias)+3 && k[1:len(k)-2] == alias {
			return true
		}
	}
	return false
}

// fastConsent writes a consent, on the fast path when its selection allows.
func (ec *executionContext) fastConsent(ctx context.Context, sel ast.SelectionSet, obj *model.Consent) gql.Marshaler {
	if ec.fastMarshal() {
		if p, ok := collect(ec.OperationContext, sel, consentImplementors, consentFieldOf); ok {
			return rawJSON(appendConsent(make([]byte, 0, p.size(consentFieldSize)), &p, obj))
		}
	}
	return ec._Consent(ctx, sel, obj)
}

// edgeField is a ConsentEdge field.
type edgeField uint8

const (
	efTypename edgeField = iota
	efCursor
	efNode
)

// fastConsentEdges writes a page's edges, on the fast path when their selection allows.
func (ec *executionContext) fastConsentEdges(ctx context.Context, sel ast.SelectionSet, v []*ConsentEdge) gql.Marshaler {
	if out, ok := ec.plainConsentEdges(ctx, sel, v); ok {
		return out
	}
	return ec.marshalNConsentEdge2ᚕᚖgithubᚗcomᚋbevanᚑhealthᚋbevanᚋgraphqlᚐConsentEdgeᚄ(ctx, sel, v)
}

func (ec *executionContext) plainConsentEdges(ctx context.Context, sel ast.SelectionSet, v []*ConsentEdge) (gql.Marshaler, bool) {
	res, ok := ec.Resolvers.(*Resolver)
	if !ok || res.gqlgenMarshal {
		return nil, false
	}
	if len(v) > 0 {
		if b, _ := ctx.Value(batchesKey{}).(*batches); b != nil {
			if m := b.takeRendered(v[0]); m != nil { // written by the resolver from the store's rows
				return m, true
			}
		}
	}
	for _, e := range v {
		if e == nil || e.Node == nil {
			return nil, false
		}
	}
	edge, node, ok := edgesPlan(ec.OperationContext, sel)
	if !ok {
		return nil, false
	}
	return res.renderEdges(&edge, &node, len(v), func(i int) (string, *model.Consent) { return v[i].Cursor, v[i].Node }), true
}

// edgesPlan plans an edge list's selection (ok false: a field is not plain or is deferred).
func edgesPlan(oc *gql.OperationContext, sel ast.SelectionSet) (edge plan[edgeField], node plan[consentField], ok bool) {
	edge, ok = collect(oc, sel, consentEdgeImplementors, func(name string) (edgeField, bool) {
		switch name {
		case "__typename":
			return efTypename, true
		case "cursor":
			return efCursor, true
		case "node":
			return efNode, true
		}
		return 0, false
	})
	if !ok {
		return edge, node, false
	}
	var nodeSel ast.SelectionSet
	for _, f := range gql.CollectFields(oc, sel, consentEdgeImplementors) {
		if f.Name == "node" {
			nodeSel = f.Selections
			break
		}
	}
	for _, f := range edge.fields {
		if f == efNode {
			if node, ok = collect(oc, nodeSel, consentImplementors, consentFieldOf); !ok {
				return edge, node, false
			}
		}
	}
	return edge, node, true
}

// renderEdges writes n edges (edge(i): the i-th cursor and node) as a JSON list into a pooled buffer.
func (r *Resolver) renderEdges(edge *plan[edgeField], node *plan[consentField], n int, at func(int) (string, *model.Consent)) *pooledJSON {
	size := n*(edge.size(edgeFieldSize)+node.size(consentFieldSize)) + 2
	buf, _ := r.pageBufs.Get().(*[]byte)
	if buf == nil || cap(*buf) < size/2 { // a small pooled buffer would grow more than once: start at the size
		buf = new([]byte)
		*buf = make([]byte, 0, size)
	}
	b := append((*buf)[:0], '[')
	for i := range n {
		cursor, c := at(i)
		if i > 0 {
			b = append(b, ',')
		}
		b = edge.appendObject(b, func(b []byte, f edgeField) []byte {
			switch f {
			case efTypename:
				return append(b, `"ConsentEdge"`...)
			case efCursor:
				return appendQuoted(b, cursor)
			case efNode:
				return appendConsent(b, node, c)
			}
			return b
		})
	}
	*buf = append(b, ']')
	return &pooledJSON{b: buf, pool: &r.pageBufs}
}

// appendObject appends an object of the plan's fields as gqlgen writes it: each field's key, then its value as
// value appends it.
func (p *plan[F]) appendObject(b []byte, value func([]byte, F) []byte) []byte {
	b = append(b, '{')
	for i, f := range p.fields {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, p.keys[i]...)
		b = value(b, f)
	}
	return append(b, '}')
}

// appendConsent appends c's planned fields as a JSON object, as gqlgen writes them.
func appendConsent(b []byte, p *plan[consentField], c *model.Consent) []byte {
	return p.appendObject(b, func(b []byte, f consentField) []byte { return appendConsentField(b, f, c) })
}

// appendConsentField appends the value of c's field f.
func appendConsentField(b []byte, f consentField, c *model.Consent) []byte {
	switch f {
	case cfTypename:
		b = append(b, `"Consent"`...)
	case cfConsentID:
		b = model.AppendHex(b, c.ConsentID[:])
	case cfPatient:
		b = model.AppendHex(b, c.Patient[:])
	case cfGrantee:
		b = model.AppendHex(b, c.Grantee[:])
	case cfPurposes:
		b = appendStrings(b, c.Purposes)
	case cfPurposeMask:
		b = strconv.AppendUint(b, uint64(c.PurposeMask), 10)
	case cfActions:
		b = appendStrings(b, c.Actions)
	case cfActionMask:
		b = strconv.AppendUint(b, uint64(c.ActionMask), 10)
	case cfExpiresAt:
		b = appendUintPtr(b, c.ExpiresAt)
	case cfScope:
		b = model.AppendHex(b, c.Scope[:])
	case cfGrantedBy:
		b = model.AppendHex(b, c.GrantedBy[:])
	case cfGrantedAt:
		b = strconv.AppendUint(b, c.GrantedAt, 10)
	case cfGrantedBlock:
		b = strconv.AppendUint(b, c.GrantedBlock, 10)
	case cfGrantedTx:
		b = model.AppendHex(b, c.GrantedTx[:])
	case cfRevoked:
		b = strconv.AppendBool(b, c.Revoked)
	case cfRevokedAt:
		b = appendUintPtr(b, c.RevokedAt)
	case cfRevokedBy:
		b = appendHexPtr(b, c.RevokedBy)
	case cfRevokedBlock:
		b = appendUintPtr(b, c.RevokedBlock)
	case cfRevokedTx:
		b = appendHexPtr(b, c.RevokedTx)
	case cfStatus:
		b = strconv.AppendQuote(b, string(c.Status)) // model.ConsentStatus.MarshalGQL
	case cfValidFrom:
		b = strconv.AppendUint(b, c.ValidFrom, 10)
	case cfValidUntil:
		b = appendUintPtr(b, c.ValidUntil)
	}
	return b
}

func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendQuoted(b, s)
	}
	return append(b, ']')
}

func appendUintPtr(b []byte, v *uint64) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return strconv.AppendUint(b, *v, 10)
}

// appendHexPtr appends v (a *common.Address or *common.Hash) as model.MarshalAddress and MarshalHash write it, or null.
func appendHexPtr(b []byte, v any) []byte {
	switch v := v.(type) {
	case *common.Address:
		if v != nil {
			return model.AppendHex(b, v[:])
		}
	case *common.Hash:
		if v != nil {
			return model.AppendHex(b, v[:])
		}
	}
	return append(b, "null"...)
}

// appendQuoted quotes s as gqlgen's MarshalString does: control characters, '"' and '\' escaped (\t, \r, \n, or
// \u00XX in upper-case hex), every other byte as it is.
func appendQuoted(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '\t':
			b = append(b, `\t`...)
		case '\r':
			b = append(b, `\r`...)
		case '\n':
			b = append(b, `\n`...)
		case '\\':
			b = append(b, `\\`...)
		case '"':
			b = append(b, `\"`...)
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

package client

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ListOptions page a list and choose the block it is answered as of.
type ListOptions struct {
	// First is the page size: 0 is the server's default (100); at most 1000, though the server's complexity limit
	// refuses pages of wide objects (consents, proposals) much above 500.
	First int
	// After is the EndCursor of the previous page ("" for the first page).
	After string
	// Block answers as of that block (time travel); nil is the current indexed state.
	Block *uint64
}

// AtBlock is a Block for ListOptions and the lookups.
func AtBlock(n uint64) *uint64 { return &n }

// Page is one page of a list.
type Page[T any] struct {
	Items []T
	// TotalCount counts every match, on every page.
	TotalCount  int
	HasNextPage bool
	// EndCursor is the After of the next page.
	EndCursor string
}

type connection[T any] struct {
	TotalCount int `json:"totalCount"`
	Edges      []struct {
		Node T `json:"node"`
	} `json:"edges"`
	PageInfo struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
}

func (c *connection[T]) page() *Page[T] {
	p := &Page[T]{Items: make([]T, len(c.Edges)), TotalCount: c.TotalCount, HasNextPage: c.PageInfo.HasNextPage}
	for i, e := range c.Edges {
		p.Items[i] = e.Node
	}
	if c.PageInfo.EndCursor != nil {
		p.EndCursor = *c.PageInfo.EndCursor
	}
	return p
}

// list runs field(where, [orderBy,] first, after, block) and returns its page.
func list[T any](ctx context.Context, c *Client, field, filterType string, where map[string]any, orderType string, order map[string]any,
	opts ListOptions, fields string) (*Page[T], error) {
	if opts.First < 0 {
		return nil, fmt.Errorf("graphql %s: first must not be negative", field)
	}
	params := "$where: " + filterType + ", $first: Int, $after: String, $block: BlockInput"
	args := "where: $where, first: $first, after: $after, block: $block"
	vars := map[string]any{}
	if len(where) > 0 {
		vars["where"] = where
	}
	if orderType != "" {
		params += ", $orderBy: " + orderType
		args += ", orderBy: $orderBy"
		if order != nil {
			vars["orderBy"] = order
		}
	}
	if opts.First > 0 {
		vars["first"] = opts.First
	}
	if opts.After != "" {
		vars["after"] = opts.After
	}
	if opts.Block != nil {
		vars["block"] = blockVar(opts.Block)
	}
	q := fmt.Sprintf("query(%s) { %s(%s) { totalCount edges { node { %s } } pageInfo { hasNextPage endCursor } } }", params, field, args, fields)
	var out map[string]*connection[T]
	if err := c.Query(ctx, q, vars, &out); err != nil {
		return nil, err
	}
	conn := out[field]
	if conn == nil {
		return nil, fmt.Errorf("graphql %s: the answer has no %s", c.url, field)
	}
	return conn.page(), nil
}

func blockVar(b *uint64) map[string]any {
	if b == nil {
		return nil
	}
	return map[string]any{"number": *b}
}

func eqAddr(m map[string]any, key string, a *common.Address) {
	if a != nil {
		m[key] = map[string]any{"eq": strings.ToLower(a.Hex())}
	}
}

func eqHash(m map[string]any, key string, h *common.Hash) {
	if h != nil {
		m[key] = map[string]any{"eq": h.Hex()}
	}
}

// ConsentFilter selects consents; every set field must match.
type ConsentFilter struct {
	ConsentID *common.Hash
	Patient   *common.Address
	Grantee   *common.Address
	// Purpose is a PurposeOfUse code the consent must include (e.g. TREAT).
	Purpose string
	// Action is an action code the consent must include (e.g. access).
	Action string
	// Status is the status at the block of the query ("" for any).
	Status ConsentStatus
}

func (f ConsentFilter) vars() map[string]any {
	m := map[string]any{}
	eqHash(m, "consentId", f.ConsentID)
	eqAddr(m, "patient", f.Patient)
	eqAddr(m, "grantee", f.Grantee)
	if f.Purpose != "" {
		m["purpose"] = f.Purpose
	}
	if f.Action != "" {
		m["action"] = f.Action
	}
	if f.Status != "" {
		m["status"] = string(f.Status)
	}
	return m
}

// ConsentOrderField is what consents can be ordered by.
type ConsentOrderField string

// Consent order fields.
const (
	OrderGrantedAt    ConsentOrderField = "GRANTED_AT"
	OrderGrantedBlock ConsentOrderField = "GRANTED_BLOCK"
	OrderExpiresAt    ConsentOrderField = "EXPIRES_AT"
)

// ConsentOrder orders consents (nil: the server's order, by the block of the version).
type ConsentOrder struct {
	Field ConsentOrderField
	Desc  bool
}

func direction(desc bool) string {
	if desc {
		return "DESC"
	}
	return "ASC"
}

// Consents lists consents matching where.
func (c *Client) Consents(ctx context.Context, where ConsentFilter, order *ConsentOrder, opts ListOptions) (*Page[Consent], error) {
	var o map[string]any
	if order != nil {
		o = map[string]any{"field": string(order.Field), "direction": direction(order.Desc)}
	}
	return list[Consent](ctx, c, "consents", "ConsentFilter", where.vars(), "ConsentOrder", o, opts, consentFields)
}

// Consent looks a consent up by id (as of block, nil for now); ErrNotFound when there is none.
func (c *Client) Consent(ctx context.Context, id common.Hash, block *uint64) (*Consent, error) {
	return lookup[Consent](ctx, c, "consent", "consentId", id, block, consentFields)
}

// lookup reads one object by id as of block (`field(idArg: id, block: block) { fields }`); ErrNotFound when there is
// none.
func lookup[T any](ctx context.Context, c *Client, field, idArg string, id common.Hash, block *uint64, fields string) (*T, error) {
	var out map[string]*T
	q := `query($id: String!, $block: BlockInput) { ` + field + `(` + idArg + `: $id, block: $block) { ` + fields + ` } }`
	if err := c.Query(ctx, q, map[string]any{"id": id.Hex(), "block": blockVar(block)}, &out); err != nil {
		return nil, err
	}
	if out[field] == nil {
		return nil, fmt.Errorf("%s %s: %w", field, id.Hex(), ErrNotFound)
	}
	return out[field], nil
}

// ConsentFHIR is a consent as the server renders it: a FHIR R4 Consent resource (JSON); ErrNotFound when there is
// none.
func (c *Client) ConsentFHIR(ctx context.Context, id common.Hash, block *uint64) (json.RawMessage, error) {
	k, err := lookup[struct {
		FHIR json.RawMessage `json:"fhir"`
	}](ctx, c, "consent", "consentId", id, block, "fhir")
	if err != nil {
		return nil, err
	}
	return k.FHIR, nil
}

// ConsentHistory is every grant and revocation of a consent, oldest first (empty for an unknown consent).
func (c *Client) ConsentHistory(ctx context.Context, id common.Hash, block *uint64) ([]ConsentEvent, error) {
	var out struct {
		ConsentHistory []ConsentEvent `json:"consentHistory"`
	}
	q := `query($id: String!, $block: BlockInput) { consentHistory(consentId: $id, block: $block) { ` + consentEventFields + ` } }`
	if err := c.Query(ctx, q, map[string]any{"id": id.Hex(), "block": blockVar(block)}, &out); err != nil {
		return nil, err
	}
	return out.ConsentHistory, nil
}

// ConsentAt answers the audit question: did a consent of patient permit grantee the action for the purpose at time
// at (judged by block times)? The answer names the permitting consent and any break-glass access by the grantee in
// the 24 hours before.
func (c *Client) ConsentAt(ctx context.Context, patient, grantee common.Address, purpose, action string, at time.Time) (*Decision, error) {
	var out struct {
		ConsentAt Decision `json:"consentAt"`
	}
	q := `query($p: String!, $g: String!, $purpose: String!, $action: String!, $at: Int!) {
		consentAt(patient: $p, grantee: $g, purpose: $purpose, action: $action, at: $at) {
			permitted consent { ` + consentFields + ` } emergencyAccess { ` + emergencyFields + ` } } }`
	vars := map[string]any{"p": strings.ToLower(patient.Hex()), "g": strings.ToLower(grantee.Hex()), "purpose": purpose, "action": action,
		"at": at.Unix()}
	if err := c.Query(ctx, q, vars, &out); err != nil {
		return nil, err
	}
	d := &out.ConsentAt
	switch { // computed here, so that servers whose schema predates ConsentDecision.basis answer it too
	case d.Permitted:
		d.Basis = BasisConsent
	case d.EmergencyAccess != nil:
		d.Basis = BasisEmergencyAccess
	default:
		d.Basis = BasisNone
	}
	return d, nil
}

// GuardianFilter selects guardians.
type GuardianFilter struct {
	Patient  *common.Address
	Guardian *common.Address
}

// Guardians lists appointed guardians (as of opts.Block: those appointed and not removed by then).
func (c *Client) Guardians(ctx context.Context, where GuardianFilter, opts ListOptions) (*Page[Guardian], error) {
	m := map[string]any{}
	eqAddr(m, "patient", where.Patient)
	eqAddr(m, "guardian", where.Guardian)
	return list[Guardian](ctx, c, "guardians", "GuardianFilter", m, "", nil, opts, guardianFields)
}

// EmergencyAccessFilter selects break-glass accesses; Since and Until bound their time (unix seconds, inclusive).
type EmergencyAccessFilter struct {
	Patient  *common.Address
	Accessor *common.Address
	Since    *uint64
	Until    *uint64
}

// EmergencyAccesses lists recorded break-glass accesses.
func (c *Client) EmergencyAccesses(ctx context.Context, where EmergencyAccessFilter, opts ListOptions) (*Page[EmergencyAccess], error) {
	m := map[string]any{}
	eqAddr(m, "patient", where.Patient)
	eqAddr(m, "accessor", where.Accessor)
	at := map[string]any{}
	if where.Since != nil {
		at["gte"] = *where.Since
	}
	if where.Until != nil {
		at["lte"] = *where.Until
	}
	if len(at) > 0 {
		m["at"] = at
	}
	return list[EmergencyAccess](ctx, c, "emergencyAccesses", "EmergencyAccessFilter", m, "", nil, opts, emergencyFields)
}

// MemberFilter selects DAO members.
type MemberFilter struct {
	Account *common.Address
	ODSCode string
	// Current selects current members (true) or former ones (false); nil: both.
	Current *bool
}

// Members lists DAO members.
func (c *Client) Members(ctx context.Context, where MemberFilter, opts ListOptions) (*Page[Member], error) {
	m := map[string]any{}
	eqAddr(m, "account", where.Account)
	if where.ODSCode != "" {
		m["odsCode"] = map[string]any{"eq": where.ODSCode}
	}
	if where.Current != nil {
		m["current"] = *where.Current
	}
	return list[Member](ctx, c, "members", "MemberFilter", m, "", nil, opts, memberFields)
}

// ProposalFilter selects proposals.
type ProposalFilter struct {
	ProposalID *common.Hash
	Proposer   *common.Address
}

// Proposals lists DAO proposals with their state and tallies at the block of the query.
func (c *Client) Proposals(ctx context.Context, where ProposalFilter, opts ListOptions) (*Page[Proposal], error) {
	m := map[string]any{}
	eqHash(m, "proposalId", where.ProposalID)
	eqAddr(m, "proposer", where.Proposer)
	return list[Proposal](ctx, c, "proposals", "ProposalFilter", m, "", nil, opts, proposalFields)
}

// Proposal looks a proposal up by id; ErrNotFound when there is none.
func (c *Client) Proposal(ctx context.Context, id common.Hash, block *uint64) (*Proposal, error) {
	return lookup[Proposal](ctx, c, "proposal", "proposalId", id, block, proposalFields)
}

// VoteFilter selects votes.
type VoteFilter struct {
	ProposalID *common.Hash
	Voter      *common.Address
	// Support is Against, For or Abstain; nil: any.
	Support *uint8
}

// Votes lists votes cast.
func (c *Client) Votes(ctx context.Context, where VoteFilter, opts ListOptions) (*Page[Vote], error) {
	m := map[string]any{}
	eqHash(m, "proposalId", where.ProposalID)
	eqAddr(m, "voter", where.Voter)
	if where.Support != nil {
		m["support"] = map[string]any{"eq": *where.Support}
	}
	return list[Vote](ctx, c, "votes", "VoteFilter", m, "", nil, opts, voteFields)
}

// AnchorFilter selects record anchors.
type AnchorFilter struct {
	RecordID    *common.Hash
	ContentHash *common.Hash
	Custodian   *common.Address
}

// AnchorOrderField is what anchors can be ordered by.
type AnchorOrderField string

// Anchor order fields.
const (
	OrderAnchoredAt  AnchorOrderField = "ANCHORED_AT"
	OrderAnchorBlock AnchorOrderField = "BLOCK"
)

// AnchorOrder orders anchors (nil: by block).
type AnchorOrder struct {
	Field AnchorOrderField
	Desc  bool
}

// Anchors lists single-record anchors.
func (c *Client) Anchors(ctx context.Context, where AnchorFilter, order *AnchorOrder, opts ListOptions) (*Page[Anchor], error) {
	m := map[string]any{}
	eqHash(m, "recordId", where.RecordID)
	eqHash(m, "contentHash", where.ContentHash)
	eqAddr(m, "custodian", where.Custodian)
	var o map[string]any
	if order != nil {
		o = map[string]any{"field": string(order.Field), "direction": direction(order.Desc)}
	}
	return list[Anchor](ctx, c, "anchors", "AnchorFilter", m, "AnchorOrder", o, opts, anchorFields)
}

// RecordVersions is a record's version chain, first to latest (following supersedes); empty for an unknown record.
func (c *Client) RecordVersions(ctx context.Context, recordID common.Hash, block *uint64) ([]Anchor, error) {
	var out struct {
		RecordVersions []Anchor `json:"recordVersions"`
	}
	q := `query($id: String!, $block: BlockInput) { recordVersions(recordId: $id, block: $block) { ` + anchorFields + ` } }`
	if err := c.Query(ctx, q, map[string]any{"id": recordID.Hex(), "block": blockVar(block)}, &out); err != nil {
		return nil, err
	}
	return out.RecordVersions, nil
}

// BatchFilter selects Merkle batches.
type BatchFilter struct {
	Root      *common.Hash
	Custodian *common.Address
}

// Batches lists anchored Merkle batches.
func (c *Client) Batches(ctx context.Context, where BatchFilter, opts ListOptions) (*Page[Batch], error) {
	m := map[string]any{}
	eqHash(m, "root", where.Root)
	eqAddr(m, "custodian", where.Custodian)
	return list[Batch](ctx, c, "batches", "BatchFilter", m, "", nil, opts, batchFields)
}

package store

import (
	"embed"
	"fmt"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// table describes one versioned table: its columns in insert order and the columns that name an entity (empty for
// append-only tables, whose rows never change).
type table struct {
	name string
	cols []string
	key  []string
	idx  map[string]int
}

func newTable(name string, key []string, cols ...string) *table {
	t := &table{name: name, key: key, idx: map[string]int{}}
	t.cols = append(cols, "valid_from", "from_log", "valid_until")
	for i, c := range t.cols {
		t.idx[c] = i
	}
	return t
}

// col returns the index of column c (panics on a programming error: an unknown column).
func (t *table) col(c string) int {
	i, ok := t.idx[c]
	if !ok {
		panic(fmt.Sprintf("store: table %s has no column %s", t.name, c))
	}
	return i
}

func (t *table) colList() string { return strings.Join(t.cols, ", ") }

// order is the deterministic full order of the table's rows (used by checksums).
func (t *table) order() string {
	if len(t.key) == 0 {
		return "valid_from, from_log"
	}
	return strings.Join(t.key, ", ") + ", valid_from, from_log"
}

// schema is the set of tables, built once per store (no package-level mutable state).
type schema struct {
	consents, consentEvents, guardians, emergency, members, proposals, quorums, votes, anchors, batches, metaTxs *table
	contractEvents                                                                                               *table
	all                                                                                                          []*table
}

func newSchema() *schema {
	s := &schema{
		consents: newTable("consents", []string{"consent_id"},
			"consent_id", "patient", "grantee", "purposes", "actions", "expires_at", "scope", "granted_by", "granted_at",
			"granted_block", "granted_tx", "revoked", "revoked_at", "revoked_by", "revoked_block", "revoked_tx"),
		consentEvents: newTable("consent_events", nil,
			"consent_id", "kind", "patient", "grantee", "at", "by_address", "tx_hash"),
		guardians: newTable("guardians", []string{"patient", "guardian"},
			"patient", "guardian", "appointed_tx"),
		emergency: newTable("emergency_accesses", nil,
			"patient", "accessor", "reason_hash", "at", "tx_hash"),
		members: newTable("members", []string{"account"},
			"account", "ods_code", "kind", "joined_at", "left_at", "tx_hash"),
		proposals: newTable("proposals", []string{"proposal_id"},
			"proposal_id", "proposer", "targets", "amounts", "signatures", "calldatas", "description", "vote_start",
			"vote_end", "created_block", "created_at", "created_tx", "eta", "queued_block", "executed_block",
			"canceled_block", "for_votes", "against_votes", "abstain_votes", "vote_count"),
		quorums: newTable("quorum_numerators", nil, "numerator"),
		votes: newTable("votes", nil,
			"proposal_id", "voter", "support", "weight", "reason", "params", "tx_hash"),
		anchors: newTable("anchors", nil,
			"record_id", "content_hash", "custodian", "supersedes", "anchored_at", "tx_hash"),
		batches: newTable("batches", nil,
			"root", "custodian", "leaf_count", "uri", "anchored_at", "tx_hash"),
		metaTxs: newTable("meta_transactions", nil,
			"signer", "nonce", "success", "tx_hash"),
		contractEvents: newTable("contract_events", nil,
			"contract", "address", "event", "args", "tx_hash"),
	}
	s.all = []*table{s.consents, s.consentEvents, s.guardians, s.emergency, s.members, s.proposals, s.quorums,
		s.votes, s.anchors, s.batches, s.metaTxs, s.contractEvents}
	return s
}

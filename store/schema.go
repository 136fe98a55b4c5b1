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

func newTable[R any](t *Rows[R], key ...string) *table {
	out := &table{name: t.Name(), key: key, cols: t.Columns(), idx: map[string]int{}}
	for i, c := range out.cols {
		out.idx[c] = i
	}
	return out
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
	objections, devices, excursions, identities, attesters                                                       *table
	accessRequests, releases                                                                                     *table
	all                                                                                                          []*table
}

func newSchema() *schema {
	// The columns are the typed rows' (rows.go), version columns last.
	s := &schema{
		consents:       newTable(Consents, ColConsentID),
		consentEvents:  newTable(ConsentEvents),
		guardians:      newTable(Guardians, ColPatient, ColGuardian),
		emergency:      newTable(EmergencyAccesses),
		members:        newTable(Members, ColAccount),
		proposals:      newTable(Proposals, ColProposalID),
		quorums:        newTable(QuorumNumerators),
		votes:          newTable(Votes),
		anchors:        newTable(Anchors),
		batches:        newTable(Batches),
		metaTxs:        newTable(MetaTransactions),
		contractEvents: newTable(ContractEvents),
	}
	s.objections = newObjectionsTable()
	s.devices, s.excursions = newTable(Devices, ColDevice), newTable(Excursions)
	s.identities, s.attesters = newTable(WalletIdentities, ColWallet), newTable(IdentityAttesters, ColAttester)
	s.accessRequests, s.releases = newTable(DataAccessRequests, ColRequestID), newTable(DataReleases)
	s.all = []*table{s.consents, s.consentEvents, s.guardians, s.emergency, s.members, s.proposals, s.quorums,
		s.votes, s.anchors, s.batches, s.metaTxs, s.contractEvents, s.objections,
		s.devices, s.excursions, s.identities, s.attesters, s.accessRequests, s.releases}
	return s
}

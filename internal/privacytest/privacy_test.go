package privacytest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/fhirrecord"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/identity"
	"github.com/bevan-health/bevan/identity/oidctest"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/jcs"
	"github.com/bevan-health/bevan/relayer/api"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"
	_ "modernc.org/sqlite"
)

// planted are the test's identifiers: a fresh NHS number each run (Modulus 11 valid, 999 test range) and values
// distinctive enough that finding one anywhere is a leak, not chance.
func planted(t *testing.T) demo.Identifiers {
	t.Helper()
	nhs, err := demo.RandomNHSNumber()
	if err != nil {
		t.Fatal(err)
	}
	return demo.Identifiers{NHSNumber: nhs, Given: "Ottoline", Family: "Farquharson-Vayle", BirthDate: "1937-02-11",
		Postcode: "LS7 3QT", DischargeID: "discharge-8841", ObservationID: "bp-7730", Systolic: 187,
		EmergencyReason: "Collapsed at the bus stop, GCS 8, on apixaban according to her carer & neighbour"}
}

// secondObservation is a reading the ward anchors on its own, for the brute-force test.
const secondObservationID, secondSystolic = "bp-7731", 203

// needles are every planted value in clear, and the unsalted keccak256 and sha256 of each value, of each record
// (as written and RFC 8785 canonical) and of each record's old-style id "ODS/Type/id".
func needles(t *testing.T, ids demo.Identifiers) []Needle {
	t.Helper()
	var out []Needle
	values := map[string]string{"NHS number": ids.NHSNumber, "given name": ids.Given, "family name": ids.Family,
		"full name": ids.Given + " " + ids.Family, "date of birth": ids.BirthDate, "postcode": ids.Postcode,
		"discharge summary id": ids.DischargeID, "observation id": ids.ObservationID, "second observation id": secondObservationID,
		"emergency reason": ids.EmergencyReason, "patient reference": "Patient/" + ids.NHSNumber,
		"identity commitment's subject": "nhs-number:" + ids.NHSNumber}
	for label, v := range values {
		out = append(out, Plain(label, v))
		out = append(out, Digests(label, []byte(v))...)
		out = append(out, Digests(label+" as a JSON string", []byte(fmt.Sprintf("%q", v)))...)
	}
	// The observation value: in clear as its JSON member (a bare "187" would match by chance in any hex).
	for _, v := range []struct {
		label string
		n     int
	}{{"systolic value", ids.Systolic}, {"second systolic value", secondSystolic}} {
		out = append(out, Plain(v.label, fmt.Sprintf(`"value":%d`, v.n)), Plain(v.label, fmt.Sprintf(`"value": %d`, v.n)),
			Plain(v.label, fmt.Sprintf("%d mmHg", v.n)))
	}
	docs := map[string][]byte{"Patient": ids.Patient(), "Composition": ids.DischargeSummary(), "Observation": ids.Observation(),
		"second Observation": demo.ObservationWith(secondObservationID, ids.NHSNumber, secondSystolic)}
	for label, doc := range docs {
		canon, err := jcs.Canonicalize(doc)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Digests(label+" resource as written", doc)...)
		out = append(out, Digests(label+" resource, JCS", canon)...)
	}
	for _, local := range []string{"Patient/" + ids.NHSNumber, "Composition/" + ids.DischargeID, "Observation/" + ids.ObservationID,
		"Observation/" + secondObservationID} {
		out = append(out, Digests("RJ1/"+local, []byte("RJ1/"+local))...)
		out = append(out, Digests(local, []byte(local))...)
	}
	return out
}

type sinks struct {
	d          *devnet.Devnet
	rel        *stack.Relayer
	sqlite     *stack.Indexer
	pg         *stack.Indexer
	sqlitePath string
	pgURL      string
	logs       *devnettest.Buffer
	log        *slog.Logger
}

func startStack(t *testing.T, ctx context.Context) *sinks {
	t.Helper()
	s := &sinks{logs: &devnettest.Buffer{}, sqlitePath: filepath.Join(t.TempDir(), "index.db"), pgURL: storetest.PostgresURL(t)}
	s.log = slog.New(slog.NewJSONHandler(s.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg := devnettest.Config(t.TempDir())
	indexerInto := func(db string, dst **stack.Indexer) devnet.ServiceFactory {
		return func(ctx context.Context, d *devnet.Devnet) (devnet.Service, error) {
			ix, err := stack.NewIndexer(ctx, d, stack.IndexerOptions{HTTPAddr: "127.0.0.1:0", DB: db}, s.log)
			*dst = ix
			return ix, err
		}
	}
	// Two indexers (SQLite and PostgreSQL) on one chain: devnet/stack runs one, so the services are composed here.
	d, err := devnet.New(cfg, s.log, func(ctx context.Context, d *devnet.Devnet) (devnet.Service, error) {
		r, err := stack.NewRelayer(ctx, d, stack.RelayerOptions{HTTPAddr: "127.0.0.1:0"}, s.log) // its own redis-server
		s.rel = r
		return r, err
	}, indexerInto("sqlite://"+s.sqlitePath, &s.sqlite), indexerInto(s.pgURL, &s.pg))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop(context.Background()) })
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	s.d = d
	return s
}

func (s *sinks) redis(t *testing.T) *redis.Client {
	t.Helper()
	opt, err := redis.ParseURL(s.rel.RedisURL())
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	t.Cleanup(func() { rdb.Close() })
	return rdb
}

// scanAll scans every sink; counts says how much each held, so that a clean result is not an empty one.
func (s *sinks) scanAll(t *testing.T, ctx context.Context, sc *Scanner, extra map[string][]byte) ([]Finding, map[string]int) {
	t.Helper()
	var all []Finding
	counts := map[string]int{}
	f, n, err := sc.ScanChain(ctx, s.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	all, counts["transactions"] = append(all, f...), n
	if f, n, err = sc.ScanRedis(ctx, s.redis(t)); err != nil {
		t.Fatal(err)
	}
	all, counts["redis keys"] = append(all, f...), n
	if f, n, err = sc.ScanFiles("sqlite", s.sqlitePath, s.sqlitePath+"-*"); err != nil {
		t.Fatal(err)
	}
	all, counts["sqlite files"] = append(all, f...), n
	if f, n, err = sc.ScanPostgres(ctx, s.pgURL); err != nil {
		t.Fatal(err)
	}
	all, counts["postgres rows"] = append(all, f...), n
	logs := s.logs.Bytes()
	all, counts["log bytes"] = append(all, sc.Scan("logs of the services", logs)...), len(logs)
	for where, data := range extra {
		all = append(all, sc.Scan(where, data)...)
	}
	return all, counts
}

// TestPlantedIdentifiersReachNoSink plays the demo story with planted identifiers through the relayer (its own
// Redis) and two indexers (SQLite and PostgreSQL), then scans every transaction's calldata, every log, every Redis
// key and value, both indexes and the services' logs: no planted value, and no unsalted digest of one, may appear.
// It then plants a leak in each sink through a test-only path and checks that the scan catches it, and brute-forces
// an anchored Observation's value range against its on-chain hash.
func TestPlantedIdentifiersReachNoSink(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	ids := planted(t)
	s := startStack(t, ctx)
	custodianDir := t.TempDir()
	var story bytes.Buffer
	r, err := demo.NewWith(s.d.Client, s.d.Manifest, s.rel.URL(), &story, demo.Options{Identifiers: &ids, CustodianDir: custodianDir})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	res, err := r.Run(ctx)
	if err != nil {
		t.Fatalf("story: %v\n%s", err, story.String())
	}
	// The ward anchors a second reading on its own: its content hash is on chain in clear, for the brute force.
	single := anchorSingly(t, ctx, s, custodianDir, demo.ObservationWith(secondObservationID, ids.NHSNumber, secondSystolic))
	// The attester verifies the patient's NHS login token (NHS number, name, date of birth) and attests the wallet.
	attestIdentity(t, ctx, s, ids)
	last, err := s.d.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, idx := range []*stack.Indexer{s.sqlite, s.pg} {
		wctx, wcancel := context.WithTimeout(ctx, time.Minute)
		_, err := gqlclient.New(idx.GraphQLURL(), nil).WaitIndexed(wctx, last)
		wcancel()
		if err != nil {
			t.Fatalf("indexer did not reach block %d: %v", last, err)
		}
	}

	sc := NewScanner(needles(t, ids)...)
	findings, counts := s.scanAll(t, ctx, sc, map[string][]byte{"demo output": story.Bytes()})
	t.Logf("scanned %v; %d needles", counts, len(sc.needles))
	for _, f := range findings {
		t.Errorf("leak: %s", f)
	}
	for what, min := range map[string]int{"transactions": 15, "redis keys": 1, "sqlite files": 1, "postgres rows": 50, "log bytes": 1000} {
		if counts[what] < min {
			t.Errorf("the scan saw only %d %s (want at least %d): it would miss leaks", counts[what], what, min)
		}
	}
	// Positive control: the salted commitments the story did put on chain are found where they should be, so the
	// scan reads the data it claims to.
	control := NewScanner(Needle{Label: "the discharge summary's salted content hash",
		fold: [][]byte{[]byte(res.ContentHash.Hex()[2:])}, exact: [][]byte{res.ContentHash[:]}})
	seen := map[string]bool{}
	cf, _ := s.scanAll(t, ctx, control, nil)
	for _, f := range cf {
		seen[strings.Fields(f.Where)[0]] = true
	}
	for _, place := range []string{"chain", "redis", "sqlite", "postgres"} {
		if !seen[place] {
			t.Errorf("control: the salted content hash was not found in %s: that scan reads nothing", place)
		}
	}
	if t.Failed() {
		return
	}

	t.Run("brute force finds nothing", func(t *testing.T) {
		bruteForce(t, ids, single)
	})

	t.Run("a planted leak is caught in every sink", func(t *testing.T) {
		plantLeaks(t, ctx, s, sc, ids)
	})
}

// attestIdentity plays the identity attester: a provider started here issues a P9 ID token carrying the planted NHS
// number, name and date of birth; the attester verifies it (package identity) and attests the patient's wallet
// through the relayer with its keyed commitment. Only the wallet, level, expiry and commitment may reach a sink.
func attestIdentity(t *testing.T, ctx context.Context, s *sinks, ids demo.Identifiers) {
	t.Helper()
	is := oidctest.New(t)
	const nonce = "privacy-test-nonce"
	v, err := identity.NewVerifier(ctx, identity.Config{Issuer: is.URL, ClientID: oidctest.ClientID, MinLevel: identity.P9})
	if err != nil {
		t.Fatal(err)
	}
	tok := is.Token(t, oidctest.Claims{"sub": "nhs-login-" + ids.NHSNumber, "nonce": nonce, identity.LevelClaim: "P9",
		identity.NHSNumberClaim: ids.NHSNumber, "given_name": ids.Given, "family_name": ids.Family, "birthdate": ids.BirthDate})
	verified, err := v.Verify(ctx, tok, nonce)
	if err != nil {
		t.Fatal(err)
	}
	secret := crypto.Keccak256([]byte("privacy test attester secret " + t.Name()))
	person, err := verified.Commitment(secret)
	if err != nil {
		t.Fatal(err)
	}
	m := s.d.Manifest
	a, err := bindings.IdentityRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	head, err := s.d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := a.Pack("attest", devnet.DevAddress(devnet.RolePatient), uint8(verified.Level),
		new(big.Int).SetUint64(head.Time+365*24*3600), person)
	if err != nil {
		t.Fatal(err)
	}
	domain := relayerclient.Domain{ChainID: new(big.Int).SetUint64(m.ChainID), Forwarder: m.ForwarderAddress(), Governor: m.GovernorAddress()}
	rc := relayerclient.New(s.rel.URL(), nil)
	rc.AppKey = devnet.DevAppKey
	st, err := rc.Send(ctx, devnet.DevKey(devnet.RoleAttester), domain, relayerclient.Call{To: m.IdentitiesAddress(), Data: data, Gas: 200_000})
	if err != nil || st.Status != api.StateMined {
		t.Fatalf("attest: %+v %v", st, err)
	}
}

// anchoredSingly is what anchorSingly put on chain.
type anchoredSingly struct {
	recordID, contentHash common.Hash
}

// anchorSingly anchors doc as one record from the hospital's custodian store, through the relayer, as `bevan
// record anchor FILE` does, and returns the on-chain ids read back from the RecordAnchored event.
func anchorSingly(t *testing.T, ctx context.Context, s *sinks, custodianDir string, doc []byte) anchoredSingly {
	t.Helper()
	store, _, err := fhirrecord.OpenStore(custodianDir, "RJ1", false)
	if err != nil {
		t.Fatal(err)
	}
	res, err := fhirrecord.Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	it, _, err := store.Item("", res)
	if err != nil {
		t.Fatal(err)
	}
	m := s.d.Manifest
	plan, err := fhirrecord.PlanAnchor(fhirrecord.AnchorOptions{ChainID: m.ChainID, RecordAnchor: m.AnchorsAddress(), ODSCode: "RJ1"}, []fhirrecord.Item{it})
	if err != nil {
		t.Fatal(err)
	}
	domain := relayerclient.Domain{ChainID: new(big.Int).SetUint64(m.ChainID), Forwarder: m.ForwarderAddress(), Governor: m.GovernorAddress()}
	rc := relayerclient.New(s.rel.URL(), nil)
	rc.AppKey = devnet.DevAppKey
	st, err := rc.Send(ctx, devnet.DevKey(devnet.RoleTrust), domain,
		relayerclient.Call{To: m.AnchorsAddress(), Data: plan.Data, Gas: 300_000})
	if err != nil || st.Status != api.StateMined {
		t.Fatalf("anchor: %+v %v", st, err)
	}
	rcpt, err := s.d.Client.TransactionReceipt(ctx, *st.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	proofs, err := plan.Complete(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Save(it, proofs[0], ""); err != nil {
		t.Fatal(err)
	}
	f, err := bindings.NewRecordAnchorFilterer(m.AnchorsAddress(), s.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rcpt.Logs {
		if ev, err := f.ParseRecordAnchored(*l); err == nil {
			return anchoredSingly{ev.RecordId, ev.ContentHash}
		}
	}
	t.Fatal("no RecordAnchored event")
	return anchoredSingly{}
}

// bruteForce tries what an attacker who knows the record's shape would: every systolic value from 40 to 250 mmHg,
// and ids bp-0000 to bp-9999, hashed the ways an unsalted scheme would hash them. None matches the chain; the same
// enumeration does find the value under the old unsalted scheme, so the attack itself is sound.
func bruteForce(t *testing.T, ids demo.Identifiers, on anchoredSingly) {
	began := time.Now()
	tried := 0
	var unsaltedFound bool
	unsalted := func(doc []byte) []common.Hash {
		canon, err := jcs.Canonicalize(doc)
		if err != nil {
			t.Fatal(err)
		}
		return []common.Hash{crypto.Keccak256Hash(canon), crypto.Keccak256Hash(doc), common.Hash(sha256Sum(canon)), common.Hash(sha256Sum(doc))}
	}
	oldScheme := unsalted(demo.ObservationWith(secondObservationID, ids.NHSNumber, secondSystolic))[0] // what the old code put on chain
	for v := 40; v <= 250; v++ {
		for _, h := range unsalted(demo.ObservationWith(secondObservationID, ids.NHSNumber, v)) {
			tried++
			if h == on.contentHash || h == on.recordID {
				t.Fatalf("systolic %d mmHg recovered from the on-chain hash %s", v, h)
			}
			unsaltedFound = unsaltedFound || h == oldScheme
		}
	}
	for i := range 10000 {
		for _, local := range []string{fmt.Sprintf("RJ1/Observation/bp-%04d", i), fmt.Sprintf("Observation/bp-%04d", i)} {
			tried++
			if h := crypto.Keccak256Hash([]byte(local)); h == on.recordID || h == on.contentHash {
				t.Fatalf("record id recovered: %s", local)
			}
		}
	}
	if !unsaltedFound {
		t.Fatal("the enumeration does not even find the unsalted hash: it tests nothing")
	}
	t.Logf("%d candidates in %s: no match against record %s, content %s (the unsalted scheme's hash is found at %d mmHg)",
		tried, time.Since(began).Round(time.Millisecond), on.recordID.Hex(), on.contentHash.Hex(), secondSystolic)
}

// plantLeaks writes one planted value into each sink through a test-only path and checks the scan reports it
// there: the scan can fail.
func plantLeaks(t *testing.T, ctx context.Context, s *sinks, sc *Scanner, ids demo.Identifiers) {
	// Chain: the pre-salting anchor, keccak256("RJ1/Observation/<id>") and keccak256 of the JCS content, sent
	// directly from the trust's key.
	canon, err := jcs.Canonicalize(ids.Observation())
	if err != nil {
		t.Fatal(err)
	}
	ra, err := bindings.NewRecordAnchor(s.d.Manifest.AnchorsAddress(), s.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	devnettest.Transact(t, ctx, s.d, devnet.RoleTrust, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return ra.Anchor(o, crypto.Keccak256Hash([]byte("RJ1/Observation/"+ids.ObservationID)), crypto.Keccak256Hash(canon), [32]byte{})
	})
	// Redis: a key holding the family name. Logs: a line with the NHS number.
	if err := s.redis(t).Set(ctx, "bevan:privacytest:planted", ids.Family, time.Hour).Err(); err != nil {
		t.Fatal(err)
	}
	s.log.Info("planted leak", "patient", ids.NHSNumber)
	// PostgreSQL: a table with the date of birth, in the index's schema.
	conn, err := pgx.Connect(ctx, s.pgURL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "CREATE TABLE planted_leak (v text)"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "INSERT INTO planted_leak VALUES ($1)", ids.BirthDate); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	// SQLite: a row with the postcode, beside the indexer's (it writes in WAL mode; this waits its turn).
	db, err := sql.Open("sqlite", "file:"+s.sqlitePath+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "CREATE TABLE planted_leak (v TEXT)"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "INSERT INTO planted_leak VALUES (?)", ids.Postcode); err != nil {
		t.Fatal(err)
	}
	db.Close()

	findings, _ := s.scanAll(t, ctx, sc, nil)
	want := map[string]string{
		"chain":    "keccak256 of RJ1/Observation/" + ids.ObservationID,
		"redis":    "family name in clear",
		"logs":     "NHS number in clear",
		"postgres": "date of birth in clear",
		"sqlite":   "postcode in clear",
	}
	for place, label := range want {
		caught := false
		for _, f := range findings {
			caught = caught || (strings.HasPrefix(f.Where, place) && f.Needle == label)
		}
		if !caught {
			t.Errorf("the leak planted in %s (%s) was not caught; findings: %v", place, label, findings)
		}
	}
	var jcsCaught bool
	for _, f := range findings {
		jcsCaught = jcsCaught || (strings.HasPrefix(f.Where, "chain") && f.Needle == "keccak256 of Observation resource, JCS")
	}
	if !jcsCaught {
		t.Error("the unsalted content hash planted on chain was not caught")
	}
	t.Logf("%d findings after planting one leak per sink", len(findings))
}

func sha256Sum(b []byte) [32]byte { return sha256.Sum256(b) }

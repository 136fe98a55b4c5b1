package indexer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/indexer"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// wsSub is one GraphQL subscription over the graphql-transport-ws protocol, as a browser or any client speaks it.
type wsSub struct {
	t    testing.TB
	conn *websocket.Conn
}

type wsMsg struct {
	Type    string          `json:"type"`
	ID      string          `json:"id,omitempty"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

func subscribeWS(t testing.TB, url, query string) *wsSub {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(func() { _ = conn.CloseNow() })
	s := &wsSub{t: t, conn: conn}
	s.send(wsMsg{Type: "connection_init"})
	if m := s.read(); m.Type != "connection_ack" {
		t.Fatalf("connection_init answered %+v", m)
	}
	payload, _ := json.Marshal(map[string]string{"query": query})
	s.send(wsMsg{Type: "subscribe", ID: "1", Payload: payload})
	return s
}

func (s *wsSub) send(m wsMsg) {
	s.t.Helper()
	raw, _ := json.Marshal(m)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.conn.Write(ctx, websocket.MessageText, raw); err != nil {
		s.t.Fatal(err)
	}
}

func (s *wsSub) read() wsMsg {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	for {
		_, raw, err := s.conn.Read(ctx)
		if err != nil {
			s.t.Fatalf("websocket read: %v", err)
		}
		var m wsMsg
		if err := json.Unmarshal(raw, &m); err != nil {
			s.t.Fatalf("websocket message %s: %v", raw, err)
		}
		if m.Type == "ping" {
			s.send(wsMsg{Type: "pong"})
			continue
		}
		return m
	}
}

// next returns the data of the subscription's next event.
func (s *wsSub) next(out any) {
	s.t.Helper()
	m := s.read()
	if m.Type != "next" {
		s.t.Fatalf("subscription message %s %s, want next", m.Type, m.Payload)
	}
	var p struct {
		Data   json.RawMessage `json:"data"`
		Errors []any           `json:"errors"`
	}
	if err := json.Unmarshal(m.Payload, &p); err != nil || len(p.Errors) > 0 {
		s.t.Fatalf("subscription payload %s: %v", m.Payload, err)
	}
	if err := json.Unmarshal(p.Data, out); err != nil {
		s.t.Fatal(err)
	}
}

// gqlQuery posts a query to the indexer's GraphQL endpoint.
func gqlQuery(t testing.TB, addr, q string, out any) {
	t.Helper()
	devnettest.GraphQL(context.Background(), t, "http://"+addr+"/graphql", q, nil, out)
}

type consentChange struct {
	ConsentChanged struct {
		Kind      string
		ConsentID *string
		Grantee   *string
		Block     int64
	}
}

// TestSubscriptionsFollowTheChain runs the indexer with the GraphQL server on its HTTP port, subscribes over a
// WebSocket to consents and anchors, and checks on a live devnet that a change arrives only once committed (the
// consent it names can be queried as soon as it arrives), and that a reorg sends ROLLED_BACK to the common ancestor
// followed by the new branch's changes, after which the old branch's consent is gone.
func TestSubscriptionsFollowTheChain(t *testing.T) {
	t.Parallel() // its own devnet and databases
	d, c := activeDevnet(t, 2, "sub")
	cfg := testConfig(d.RPCURL(), d.Manifest, storetest.SQLiteURL(t))
	cfg.HTTPAddr = "127.0.0.1:0"
	s, err := indexer.New(context.Background(), cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	srv := graphql.Attach(s, graphql.DefaultServerConfig())
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(context.Background()) })
	waitFor(t, "catch-up", func() bool { return atHead(t, c, s) })

	patient := devnet.DevAddress(devnet.RolePatient)
	ws := "ws://" + s.Addr() + "/graphql"
	consents := subscribeWS(t, ws, fmt.Sprintf(`subscription { consentChanged(patient: %q) { kind consentId grantee block } }`, patient.Hex()))
	anchors := subscribeWS(t, ws, `subscription { anchorAdded { kind block anchor { contentHash } } }`)
	waitFor(t, "subscriptions registered", func() bool { return srv.Subscriptions() == 2 })

	grant := func(tag string) (common.Address, *types.Receipt) {
		grantee := common.BytesToAddress(crypto.Keccak256([]byte(tag))[:20])
		r := c.send(devnet.RolePatient, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.consents.Grant(o, patient, grantee, 1, 2, big.NewInt(0), crypto.Keccak256Hash([]byte(tag)))
		})
		return grantee, r
	}
	exists := func(grantee common.Address) bool {
		var out struct{ Consent *struct{ ConsentID string } }
		gqlQuery(t, s.Addr(), fmt.Sprintf(`{ consent(consentId: %q) { consentId } }`, common.BigToHash(consentID(patient, grantee, 0)).Hex()), &out)
		return out.Consent != nil
	}
	expect := func(kind string, grantee *common.Address, block uint64) {
		t.Helper()
		var ch consentChange
		consents.next(&ch)
		got := ch.ConsentChanged
		if got.Kind != kind || uint64(got.Block) != block {
			t.Fatalf("consent change %s@%d, want %s@%d", got.Kind, got.Block, kind, block)
		}
		if grantee != nil {
			if got.Grantee == nil || *got.Grantee != hexutil.Encode(grantee[:]) ||
				*got.ConsentID != common.BigToHash(consentID(patient, *grantee, 0)).Hex() {
				t.Fatalf("consent change %+v, want grantee %s", got, grantee)
			}
			// delivered after commit: what the change names is already queryable
			if !exists(*grantee) {
				t.Fatalf("the change for %s arrived before its consent could be queried", grantee)
			}
		}
	}

	a, ra := grant("first")
	expect("GRANTED", &a, ra.BlockNumber.Uint64())
	rec := c.send(devnet.RoleTrust, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.anchors.Anchor(o, crypto.Keccak256Hash([]byte("sub-rec")), crypto.Keccak256Hash([]byte("sub-v1")), common.Hash{})
	})
	var an struct {
		AnchorAdded struct {
			Kind   string
			Block  int64
			Anchor *struct{ ContentHash string }
		}
	}
	anchors.next(&an)
	if an.AnchorAdded.Kind != "RECORD" || uint64(an.AnchorAdded.Block) != rec.BlockNumber.Uint64() ||
		an.AnchorAdded.Anchor.ContentHash != crypto.Keccak256Hash([]byte("sub-v1")).Hex() {
		t.Fatalf("anchor change %+v", an)
	}

	// a reorg replaces the block of a grant to B with one granting C
	var snap hexutil.Uint64
	c.rpc(&snap, "evm_snapshot")
	ancestor := c.head().Number.Uint64()
	b, rb := grant("old branch")
	expect("GRANTED", &b, rb.BlockNumber.Uint64())
	var reverted bool
	c.rpc(&reverted, "evm_revert", snap)
	if !reverted {
		t.Fatal("evm_revert failed")
	}
	cc, rc := grant("new branch")
	if rc.BlockNumber.Uint64() != rb.BlockNumber.Uint64() {
		t.Fatalf("the new branch's grant is in block %d, the old one's in %d", rc.BlockNumber, rb.BlockNumber)
	}
	expect("ROLLED_BACK", nil, ancestor)
	expect("GRANTED", &cc, rc.BlockNumber.Uint64())
	if exists(b) {
		t.Fatal("the old branch's consent survived the reorg")
	}
	anchors.next(&an)
	if an.AnchorAdded.Kind != "ROLLED_BACK" || uint64(an.AnchorAdded.Block) != ancestor {
		t.Fatalf("anchor subscription after the reorg: %+v, want ROLLED_BACK@%d", an, ancestor)
	}
}

package release

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestCommitCheck(t *testing.T) {
	d := Decision{ChainID: 901, RecordID: common.HexToHash("0x01"), ContentHash: common.HexToHash("0x02"),
		Requester: common.HexToAddress("0x0a"), Patient: common.HexToAddress("0x0b"), Purpose: "TREAT", Access: "access",
		MinLevel: "P9", Block: 7, Verified: true, Permitted: false}
	r, err := Commit(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Check(); err != nil {
		t.Fatalf("check: %v", err)
	}
	if r.Released || !errors.Is(r.Decision.Err(), ErrNotPermitted) {
		t.Fatalf("released %v, err %v", r.Released, r.Decision.Err())
	}
	again, err := Commit(d)
	if err != nil {
		t.Fatal(err)
	}
	if again.Commitment == r.Commitment || again.DecisionID == r.DecisionID {
		t.Fatal("the same decision twice gives the same commitment: not salted")
	}
	// Any change to the opening breaks it.
	forged := *r
	forged.Decision.Permitted = true
	if err := forged.Check(); !errors.Is(err, ErrBadReceipt) {
		t.Fatalf("forged answer: %v", err)
	}
	forged = *r
	forged.Decision.Block = 8
	if err := forged.Check(); !errors.Is(err, ErrBadReceipt) {
		t.Fatalf("forged block: %v", err)
	}
	d.Verified = false
	if !errors.Is(d.Err(), ErrNotVerified) {
		t.Fatalf("not verified: %v", d.Err())
	}
	d.Verified, d.Permitted = true, true
	if d.Err() != nil || !d.Released() {
		t.Fatal("both checks pass but not released")
	}
}

package access

import (
	"errors"
	"testing"
	"time"

	"github.com/bevan-health/bevan/signin"
	"github.com/ethereum/go-ethereum/common"
)

// A release's opening gives its hash and commits to the bytes, the recipient and the time: changing any of them,
// or the salt, breaks it; two releases of the same bytes have different hashes (fresh salts).
func TestCommitCheck(t *testing.T) {
	dataset := []byte(`{"resourceType":"MeasureReport"}`)
	st := Statement{ChainID: 901, DataAccess: common.HexToAddress("0xda"), RequestID: 7, Recipient: common.HexToAddress("0xc0"),
		Measure: "consents-by-purpose", Purpose: "POPHLTH", PeriodStart: 1_790_000_000, PeriodEnd: 1_798_000_000, Block: 42,
		ReleasedAt: 1_795_000_000}
	op, err := Commit(st, dataset)
	if err != nil {
		t.Fatal(err)
	}
	if err := op.Check(dataset); err != nil {
		t.Fatal(err)
	}
	again, _ := Commit(st, dataset)
	if again.ReleaseHash == op.ReleaseHash {
		t.Fatal("two releases share a hash: the salt is not fresh")
	}
	for name, change := range map[string]func(o *Opening) []byte{
		"bytes":     func(o *Opening) []byte { return append(append([]byte{}, dataset...), ' ') },
		"recipient": func(o *Opening) []byte { o.Statement.Recipient = common.HexToAddress("0xc1"); return dataset },
		"time":      func(o *Opening) []byte { o.Statement.ReleasedAt++; return dataset },
		"salt":      func(o *Opening) []byte { o.Salt[0] ^= 1; return dataset },
		"zero salt": func(o *Opening) []byte { o.Salt = [32]byte{}; return dataset },
		"kind":      func(o *Opening) []byte { o.Statement.Kind = "other"; return dataset },
	} {
		o := *op
		if err := o.Check(change(&o)); !errors.Is(err, ErrBadOpening) {
			t.Errorf("%s changed: %v", name, err)
		}
	}
}

func TestMeasureBytesAndPeriods(t *testing.T) {
	b, err := MeasureBytes("consents-by-purpose")
	if err != nil || MeasureName(b) != "consents-by-purpose" {
		t.Fatalf("%x %v", b, err)
	}
	for _, bad := range []string{"", "has space", "this-name-is-longer-than-32-bytes!"} {
		if _, err := MeasureBytes(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if n := MeasureName([32]byte{'a', 0, 'b'}); n[:2] != "0x" {
		t.Errorf("bytes after the zero: %q", n)
	}
	q4 := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	for want, p := range map[string][2]time.Time{
		"2026-Q4": {q4, q4.AddDate(0, 3, 0)}, "2026-10": {q4, q4.AddDate(0, 1, 0)},
		"2026": {q4.AddDate(0, -9, 0), q4.AddDate(0, 3, 0)},
		"2026-10-01T00:00:00Z/2026-10-15T00:00:00Z": {q4, q4.AddDate(0, 0, 14)},
	} {
		if got := PeriodLabel(p[0].Unix(), p[1].Unix()); got != want {
			t.Errorf("PeriodLabel: %q, want %q", got, want)
		}
	}
}

// Every code has its status; sign-in codes pass through with theirs.
func TestCodes(t *testing.T) {
	for c, want := range map[Code]int{CodeNotApproved: 403, CodeNotRequester: 403, CodeUnknownRequest: 404, CodeNotSignedIn: 401,
		CodeNotAnchored: 502, CodeBadRequest: 400, Code(signin.CodeWrongDomain): 401, Code(signin.CodeUnavailable): 503} {
		if c.Status() != want {
			t.Errorf("%s: %d, want %d", c, c.Status(), want)
		}
	}
	if CodeOf(&signin.Error{Code: signin.CodeExpired}) != Code(signin.CodeExpired) || CodeOf(errors.New("x")) != CodeInternal {
		t.Error("CodeOf")
	}
}

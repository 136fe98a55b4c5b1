package main

import (
	"flag"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/identity"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// TestFlagReader: values parse as the vocabularies define them, and the first bad flag's error is the one kept,
// naming that flag once.
func TestFlagReader(t *testing.T) {
	ctx := func(args ...string) *cli.Context {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		for _, n := range []string{"patient", "purpose", "purposes", "action", "actions", "min-level"} {
			fs.String(n, "", "")
		}
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		return cli.NewContext(cli.NewApp(), fs, nil)
	}
	const wallet = "0x00000000000000000000000000000000000000aa"
	f := flagReader{c: ctx("-patient", wallet, "-purpose", "TREAT", "-purposes", "TREAT,HRESCH", "-action", "access",
		"-actions", "access,use", "-min-level", "P9")}
	p, pu, pus, a, as, l := f.address("patient"), f.purpose("purpose"), f.purposes("purposes"), f.action("action"),
		f.actions("actions"), f.level("min-level")
	if f.err != nil {
		t.Fatal(f.err)
	}
	if p != common.HexToAddress(wallet) || pu != vocab.Treat || pus != vocab.PurposeMask(vocab.Treat, vocab.HResch) ||
		a != vocab.Access || as != vocab.ActionMask(vocab.Access, vocab.Use) || l != identity.P9 {
		t.Fatalf("parsed %v %v %v %v %v %v", p, pu, pus, a, as, l)
	}

	f = flagReader{c: ctx("-patient", wallet, "-purpose", "NOPE", "-action", "NOPE", "-min-level", "P7")}
	_, _, _, _ = f.address("patient"), f.purpose("purpose"), f.action("action"), f.level("min-level")
	if f.err == nil || !strings.HasPrefix(f.err.Error(), "--purpose: ") {
		t.Fatalf("first error: %v, want the --purpose one", f.err)
	}
	f = flagReader{c: ctx("-patient", "0x12")}
	if got := f.address("patient"); got != (common.Address{}) || f.err == nil ||
		strings.Count(f.err.Error(), "--patient") != 1 {
		t.Fatalf("bad address: %v, %v", got, f.err)
	}
}

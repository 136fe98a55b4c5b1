package graphql

import (
	"bytes"
	"os"
	"strings"
	"testing"

	gql "github.com/99designs/gqlgen/graphql"
	"github.com/ethereum/go-ethereum/common"
)

// TestAppendQuoted: strings are quoted as gqlgen's MarshalString quotes them, including control characters, quotes,
// backslashes, non-ASCII and invalid UTF-8.
func TestAppendQuoted(t *testing.T) {
	for _, s := range []string{"", "0xabc", `a"b\c`, "tab\tcr\rnl\n", "\x00\x01\x08\x0c\x1f\x7f", "é ü 中", "bad \xff\xfe utf8",
		"</script>&"} {
		var want bytes.Buffer
		gql.MarshalString(s).MarshalGQL(&want)
		if got := appendQuoted(nil, s); string(got) != want.String() {
			t.Errorf("%q: got %s, want %s", s, got, want.String())
		}
	}
}

// TestGeneratedCallsFastPaths: generated.go calls the fast paths (make graphql's sed lines redirect the generated
// calls; a regeneration without them would silently serve every consent through gqlgen's per-field resolution).
func TestGeneratedCallsFastPaths(t *testing.T) {
	src, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, call := range []string{"ec.fastConsentEdges(ctx, selections, v)", "ec.fastConsent(ctx, sel, v)", "marshalSlice(ctx,",
		"buf := ec.answerBuffer(ctx)", "response.Data = ec.answerBytes(ctx, &buf)"} {
		if !bytes.Contains(src, []byte(call)) {
			t.Errorf("generated.go does not call %s: regenerate with make graphql", call)
		}
	}
	if bytes.Contains(src, []byte("graphql.MarshalSliceConcurrently(")) {
		t.Error("generated.go starts a goroutine per list element: regenerate with make graphql")
	}
}

// TestHexDecoding: addr and hash32 decode exactly as common.HexToAddress and common.HexToHash, for the store's
// well-formed values and for anything else (empty, short, long, odd, upper case, no 0x, not hex).
func TestHexDecoding(t *testing.T) {
	for _, s := range []string{"", "0x", "0x1", "0xabc", "abcdef", "0x" + strings.Repeat("ab", 20), "0X" + strings.Repeat("AB", 20),
		"0x" + strings.Repeat("0f", 32), "0x" + strings.Repeat("Fe", 32), "0x" + strings.Repeat("ab", 21), "0x" + strings.Repeat("ab", 19) + "g0",
		"0x" + strings.Repeat("cd", 33), "0x" + strings.Repeat("12", 31) + "1", "0x" + strings.Repeat("zz", 32), strings.Repeat("ab", 32) + "xx"} {
		if got, want := addr(s), common.HexToAddress(s); got != want {
			t.Errorf("addr(%q) = %s, want %s", s, got, want)
		}
		if got, want := hash32(s), common.HexToHash(s); got != want {
			t.Errorf("hash32(%q) = %s, want %s", s, got, want)
		}
	}
}

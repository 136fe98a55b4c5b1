package graphql

import (
	"bytes"
	"os"
	"testing"

	gql "github.com/99designs/gqlgen/graphql"
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
	for _, call := range []string{"ec.fastConsentEdges(ctx, selections, v)", "ec.fastConsent(ctx, sel, v)", "marshalSlice(ctx,"} {
		if !bytes.Contains(src, []byte(call)) {
			t.Errorf("generated.go does not call %s: regenerate with make graphql", call)
		}
	}
	if bytes.Contains(src, []byte("graphql.MarshalSliceConcurrently(")) {
		t.Error("generated.go starts a goroutine per list element: regenerate with make graphql")
	}
}

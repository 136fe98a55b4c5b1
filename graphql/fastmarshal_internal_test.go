package graphql

import (
	"bytes"
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

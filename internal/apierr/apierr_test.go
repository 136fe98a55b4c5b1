package apierr

import (
	"encoding/json"
	"fmt"
	"testing"
)

type code string

// TestWireFormat: the envelope's JSON is {"error":{"code":…,"message":…}} to the byte, both ways.
func TestWireFormat(t *testing.T) {
	b, err := json.Marshal(Body[code]{Error: Errorf(code("too_many"), "%d readings, at most %d", 501, 500)})
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"error":{"code":"too_many","message":"501 readings, at most 500"}}`
	if string(b) != want {
		t.Fatalf("got %s, want %s", b, want)
	}
	var back Body[code]
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Error == nil || back.Error.Code != "too_many" || back.Error.Message != "501 readings, at most 500" {
		t.Fatalf("decoded %+v", back.Error)
	}
	if got := back.Error.Error(); got != "too_many: 501 readings, at most 500" {
		t.Fatalf("Error() = %q", got)
	}
}

// TestCodeOf finds the code through wrapping, and answers `otherwise` for nil, other errors and other code types.
func TestCodeOf(t *testing.T) {
	type other string
	wrapped := fmt.Errorf("send: %w", Errorf(code("nonce_pending"), "held"))
	cases := []struct {
		err  error
		want code
	}{
		{wrapped, "nonce_pending"},
		{nil, "internal"},
		{fmt.Errorf("plain"), "internal"},
		{Errorf(other("nonce_pending"), "another API's code type"), "internal"},
	}
	for _, c := range cases {
		if got := CodeOf(c.err, code("internal")); got != c.want {
			t.Errorf("CodeOf(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}

package telemetry_test

import (
	"os"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/telemetry"
)

// TestOpenAPINamesEveryCode: docs/telemetry.openapi.yaml's ErrorBody enum lists every error code the gateway sends.
func TestOpenAPINamesEveryCode(t *testing.T) {
	raw, err := os.ReadFile("../docs/telemetry.openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	enum := doc[strings.Index(doc, "enum: [malformed_json"):]
	enum = enum[:strings.Index(enum, "]")]
	for _, c := range telemetry.Codes() {
		if !strings.Contains(enum, " "+string(c)+",") && !strings.Contains(enum, " "+string(c)+"\n") &&
			!strings.HasSuffix(enum, " "+string(c)) && !strings.Contains(enum, "["+string(c)+",") {
			t.Errorf("code %s is not in the OpenAPI ErrorBody enum", c)
		}
	}
}

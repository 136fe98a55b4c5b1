package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/relayer/admission"
)

// `bevan relayer app-key` prints a new key once and the entry for --app-keys, which holds only its hash.
func TestRelayerAppKey(t *testing.T) {
	out, _, err := runApp(t, "", "relayer", "app-key", "--name", "clinic-app", "--budget-gwei-per-day", "42")
	if err != nil {
		t.Fatal(err)
	}
	var key, entry string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if k, ok := strings.CutPrefix(line, "key   "); ok {
			key = k
		}
		if e, ok := strings.CutPrefix(line, "entry "); ok {
			entry = e
		}
	}
	var app admission.App
	if err := json.Unmarshal([]byte(entry), &app); err != nil {
		t.Fatalf("entry %q: %v", entry, err)
	}
	if key == "" || app.Name != "clinic-app" || app.KeySHA256 != admission.HashKey(key) || app.BudgetGweiPerDay != 42 ||
		strings.Contains(entry, key) {
		t.Fatalf("key %q, entry %+v", key, app)
	}
	if err := (&admission.Config{Apps: []admission.App{app}}).Check(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runApp(t, "", "relayer", "app-key", "--name", "has space"); err == nil {
		t.Fatal("a name with a space was accepted")
	}
	out2, _, _ := runApp(t, "", "relayer", "app-key", "--name", "other")
	if strings.Contains(out2, key) {
		t.Fatal("two runs printed the same key")
	}
}

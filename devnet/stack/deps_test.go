package stack_test

import (
	"os/exec"
	"strings"
	"testing"
)

// Dependencies point down: no service package (relayer, indexer, graphql, store, telemetry, identity, analytics, signin, and what lies under them) links
// what starts local processes (anvil, redis-server, a whole stack).
func TestServicesDoNotLinkDevelopmentGlue(t *testing.T) {
	const module = "github.com/bevan-health/bevan/"
	forbidden := []string{module + "devnet", module + "internal/redisproc", module + "internal/devnettest"}
	// pending are packages known to break the rule until they move out of the service trees; a pending package that
	// is gone (or clean) fails the test, so the list only shrinks.
	pending := map[string]string{}
	cmd := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Deps " "}}`,
		"./relayer/...", "./indexer/...", "./graphql/...", "./store/...", "./telemetry/...", "./identity/...",
		"./analytics/...", "./signin/...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg, deps := fields[0], fields[1:]
		var bad []string
		for _, dep := range deps {
			for _, f := range forbidden {
				if dep == f || strings.HasPrefix(dep, f+"/") {
					bad = append(bad, dep)
				}
			}
		}
		if why, ok := pending[pkg]; ok {
			seen[pkg] = true
			if len(bad) == 0 {
				t.Errorf("%s no longer links development glue: drop it from pending", pkg)
			} else {
				t.Logf("%s still links %v: %s", pkg, bad, why)
			}
			continue
		}
		if len(bad) > 0 {
			t.Errorf("%s links %v: development glue belongs under devnet/ or internal/ test fixtures, which depend on the services, never the reverse", pkg, bad)
		}
	}
	for pkg := range pending {
		if !seen[pkg] {
			t.Errorf("%s is gone from the service trees: drop it from pending", pkg)
		}
	}
}

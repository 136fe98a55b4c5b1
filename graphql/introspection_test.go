package graphql_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/graphql"
)

// docQueries returns the checked-in fixture of documented queries plus every ```graphql block of README.md and
// docs/*.md as they are now, as one file in the "# ---"-separated form testdata/introspect.mjs reads.
func docQueries(t *testing.T) (string, int) {
	t.Helper()
	fixture, err := os.ReadFile("testdata/doc-queries.graphql")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.Write(fixture)
	files, _ := filepath.Glob("../docs/*.md")
	fence := regexp.MustCompile("(?ms)^```graphql\n(.*?)^```")
	n := strings.Count(string(fixture), "\n# ---")
	for _, f := range append([]string{"../README.md"}, files...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range fence.FindAllSubmatch(raw, -1) {
			b.WriteString("\n# --- " + f + "\n")
			b.Write(m[1])
			n++
		}
	}
	return b.String(), n
}

// introspect runs testdata/introspect.mjs (graphql-js from package-lock.json) against url.
func introspect(t *testing.T, url, queries string) (out struct {
	GraphqlVersion string
	Variants       []struct {
		Name        string
		OK          bool
		Status      int
		Types       int
		QueryFields []string
		Errors      []string
	}
	Queries []struct {
		Query  string
		Errors []string
	}
}, failed bool) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is not installed: it comes with npm, which `make setup` needs")
	}
	if _, err := os.Stat("../node_modules/graphql/package.json"); err != nil {
		t.Fatal("the graphql npm package is missing: run `make setup` (npm ci)")
	}
	file := filepath.Join(t.TempDir(), "queries.graphql")
	if err := os.WriteFile(file, []byte(queries), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(t.Context(), node, "testdata/introspect.mjs", url, file)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("introspect.mjs: %v (%v)\nstdout: %s\nstderr: %s", err, runErr, stdout.Bytes(), stderr.Bytes())
	}
	return out, runErr != nil
}

// TestIntrospection loads the schema from a running server the way GraphiQL, graphql-codegen, Apollo and Postman
// do (graphql-js getIntrospectionQuery with its default options and with every option on), builds a client schema
// from the answer with buildClientSchema, and validates every query the documentation shows against it. Each
// documented query also passes the server's limits. With DisableIntrospection the schema cannot be read.
func TestIntrospection(t *testing.T) {
	e := newEnv(t, "sqlite", graphql.DefaultServerConfig())
	commit(t, e.st, 9, 16, nil)
	queries, n := docQueries(t)
	if n < 12 {
		t.Fatalf("found %d documented queries; the fixture alone has more", n)
	}
	out, failed := introspect(t, e.url+"/graphql", queries)
	for _, v := range out.Variants {
		if !v.OK {
			t.Errorf("getIntrospectionQuery (%s options): status %d, errors %v", v.Name, v.Status, v.Errors)
			continue
		}
		t.Logf("getIntrospectionQuery (%s options, graphql-js %s): %d types, Query has %d fields", v.Name, out.GraphqlVersion,
			v.Types, len(v.QueryFields))
		if !strings.Contains(strings.Join(v.QueryFields, " "), "consents") {
			t.Errorf("the client schema's Query has no consents field: %v", v.QueryFields)
		}
	}
	if len(out.Variants) != 2 {
		t.Fatalf("%d introspection variants ran, want 2", len(out.Variants))
	}
	if len(out.Queries) != n {
		t.Errorf("%d documented queries validated, want %d", len(out.Queries), n)
	}
	for _, q := range out.Queries {
		if len(q.Errors) != 0 {
			t.Errorf("a documented query does not validate against the introspected schema: %v\n%s", q.Errors, q.Query)
		}
		if strings.HasPrefix(q.Query, "subscription") {
			continue
		}
		// The data may not exist here (the docs' ids are a devnet's); the limits must not refuse the query.
		got := post(t, e.url, queryBody(q.Query), false)
		for _, err := range got.Errors {
			switch err.Extensions["code"] {
			case "QUERY_TOO_DEEP", "TOO_MANY_FIELDS", "COMPLEXITY_LIMIT_EXCEEDED", "INTROSPECTION_TOO_COMPLEX", "GRAPHQL_VALIDATION_FAILED":
				t.Errorf("the server refuses a documented query: %s (%v)\n%s", err.Message, err.Extensions["code"], q.Query)
			}
		}
	}
	if failed && !t.Failed() {
		t.Error("introspect.mjs failed")
	}

	t.Run("disabled", func(t *testing.T) {
		cfg := graphql.DefaultServerConfig()
		cfg.DisableIntrospection = true
		locked := newEnv(t, "sqlite", cfg)
		got := post(t, locked.url, queryBody(`{ __schema { queryType { name } } }`), false)
		if len(got.Errors) != 1 || !strings.Contains(got.Errors[0].Message, "introspection disabled") {
			t.Fatalf("with introspection disabled, __schema answered %d %+v %s", got.Status, got.Errors, got.Data)
		}
		if got := post(t, locked.url, queryBody(`{ __typename indexerStatus { indexed } }`), false); len(got.Errors) != 0 {
			t.Fatalf("with introspection disabled, a data query was refused: %+v", got.Errors)
		}
	})
}

package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/urfave/cli/v2"
)

// docFiles are README.md and every docs/*.md, relative to the repository root.
func docFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	return append([]string{filepath.Join("..", "..", "README.md")}, files...)
}

var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// TestDocsLinks fails when a relative link in README.md or docs/*.md names a file that does not exist, or a
// heading (#anchor) that the target Markdown file does not have.
func TestDocsLinks(t *testing.T) {
	anchors := map[string]map[string]bool{}
	anchorsOf := func(path string) map[string]bool {
		if a, ok := anchors[path]; ok {
			return a
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a := map[string]bool{}
		seen := map[string]int{}
		for _, line := range proseLines(string(raw)) {
			if !strings.HasPrefix(line, "#") {
				continue
			}
			slug := slugify(strings.TrimLeft(line, "#"))
			if n := seen[slug]; n > 0 {
				a[slug+"-"+strconv.Itoa(n)] = true
			} else {
				a[slug] = true
			}
			seen[slug]++
		}
		anchors[path] = a
		return a
	}
	for _, doc := range docFiles(t) {
		raw, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range proseLines(string(raw)) {
			for _, m := range mdLink.FindAllStringSubmatch(line, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
					continue
				}
				file, anchor, _ := strings.Cut(target, "#")
				path := doc
				if file != "" {
					path = filepath.Join(filepath.Dir(doc), file)
					if _, err := os.Stat(path); err != nil {
						t.Errorf("%s: link %s: %v", rel(doc), target, err)
						continue
					}
				}
				if anchor != "" && strings.HasSuffix(path, ".md") && !anchorsOf(path)[anchor] {
					t.Errorf("%s: link %s: %s has no heading #%s", rel(doc), target, rel(path), anchor)
				}
			}
		}
	}
}

var envName = regexp.MustCompile(`BEVAN_[A-Z0-9_]*[A-Z0-9]_?`)

// TestDocsEnvVars fails when README.md or docs/*.md names a BEVAN_… environment variable that no flag of the app
// reads and no code, Makefile or script mentions (a renamed or removed variable). A name ending in _ is a prefix.
func TestDocsEnvVars(t *testing.T) {
	known := map[string]bool{}
	addFlags := func(flags []cli.Flag) {
		for _, f := range flags {
			if df, ok := f.(cli.DocGenerationFlag); ok {
				for _, e := range df.GetEnvVars() {
					known[e] = true
				}
			}
		}
	}
	app := newApp()
	addFlags(app.Flags)
	var visit func(cmds []*cli.Command)
	visit = func(cmds []*cli.Command) {
		for _, c := range cmds {
			addFlags(c.Flags)
			visit(c.Subcommands)
		}
	}
	visit(app.Commands)
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "node_modules", ".git", "out", "cache", "docs", "bin":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, ".sh") && d.Name() != "Makefile" {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, e := range envName.FindAllString(string(raw), -1) {
			known[e] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range docFiles(t) {
		raw, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range envName.FindAllString(string(raw), -1) {
			if known[e] || exampleEnv[e] {
				continue
			}
			prefix := false
			if strings.HasSuffix(e, "_") {
				for k := range known {
					prefix = prefix || strings.HasPrefix(k, e)
				}
			}
			if !prefix {
				t.Errorf("%s names %s, which no flag reads and no code mentions", rel(doc), e)
			}
		}
	}
}

// exampleEnv are variable names the docs choose for the reader (e.g. `--raw-key-env BEVAN_RELAYER_KEY`).
var exampleEnv = map[string]bool{"BEVAN_RELAYER_KEY": true, "BEVAN_GATEWAY_KEY": true}

// proseLines are a Markdown file's lines outside fenced code blocks.
func proseLines(s string) []string {
	var out []string
	fence := false
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "```") {
			fence = !fence
			continue
		}
		if !fence {
			out = append(out, line)
		}
	}
	return out
}

// slugify is GitHub's heading anchor: lower case, spaces to hyphens, punctuation other than - and _ dropped.
func slugify(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(h)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteRune('-')
		}
	}
	return b.String()
}

func rel(p string) string {
	r, err := filepath.Rel(filepath.Join("..", ".."), p)
	if err != nil {
		return p
	}
	return r
}

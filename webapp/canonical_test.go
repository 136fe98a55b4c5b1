package webapp_test

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/fhirrecord"
	"github.com/bevan-health/bevan/jcs"
)

// randomJSON writes a random JSON text that exercises canonicalisation: member order, escapes, non-ASCII and
// astral characters, number spellings (exponents, trailing zeros, tiny, huge, negative zero), nesting, whitespace;
// sometimes broken on purpose (duplicates, lone surrogates, overflow).
func randomJSON(r *rand.Rand, b *strings.Builder, depth int) {
	ws := func() {
		if r.IntN(4) == 0 {
			b.WriteString([]string{" ", "\n", "\t", "\r\n  "}[r.IntN(4)])
		}
	}
	ws()
	switch k := r.IntN(10); {
	case depth > 4 || k < 3:
		switch r.IntN(6) {
		case 0:
			b.WriteString([]string{"true", "false", "null"}[r.IntN(3)])
		case 1, 2:
			b.WriteString(randomNumber(r))
		default:
			b.WriteString(randomString(r))
		}
	case k < 6:
		b.WriteByte('[')
		for i, n := 0, r.IntN(5); i < n; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			randomJSON(r, b, depth+1)
		}
		b.WriteByte(']')
	default:
		b.WriteByte('{')
		names := []string{}
		for i, n := 0, r.IntN(6); i < n; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			name := randomString(r)
			if len(names) > 0 && r.IntN(40) == 0 {
				name = names[0] // a duplicate: both must refuse it
			}
			names = append(names, name)
			b.WriteString(name)
			ws()
			b.WriteByte(':')
			randomJSON(r, b, depth+1)
		}
		b.WriteByte('}')
	}
	ws()
}

func randomNumber(r *rand.Rand) string {
	switch r.IntN(8) {
	case 0:
		return strconv.Itoa(r.IntN(2000) - 1000)
	case 1:
		return fmt.Sprintf("%d.%d0", r.IntN(100), r.IntN(1000)) // trailing zero
	case 2:
		return fmt.Sprintf("%dE%d", r.IntN(10), r.IntN(40)-20)
	case 3:
		return strconv.FormatFloat(r.NormFloat64()*math.Pow(10, float64(r.IntN(60)-30)), 'g', -1, 64)
	case 4:
		return []string{"-0", "0.0", "1e21", "1e-7", "9007199254740993", "5e-324", "1.7976931348623157e308", "0.1", "100", "1e400"}[r.IntN(10)]
	default:
		return strconv.FormatFloat(r.Float64()*1e6, 'f', r.IntN(8), 64)
	}
}

func randomString(r *rand.Rand) string {
	pieces := []string{"a", "Z", "resourceType", "id", "é", "€", "😀", "\\u00e9", "\\ud83d\\ude00", "\\n", "\\t", "\\\"", "\\\\", "\\/",
		"\\u001f", "\\u0000", "\u2028", "\u007f", "דּ", "\\b", "\\f", "\\r", " ", "<div>", "\u0080", "ö", "1"}
	var b strings.Builder
	b.WriteByte('"')
	for i, n := 0, r.IntN(6); i < n; i++ {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	if r.IntN(60) == 0 {
		b.WriteString(`\ud800`) // a lone surrogate: both must refuse it
	}
	b.WriteByte('"')
	return b.String()
}

// TestCanonicalisationMatchesGo runs the app's TypeScript canonicaliser (webapp/src/jcs.ts, bundled for node) over
// the FHIR example corpus (testdata/fhir), package jcs's edge cases, and 3,000 random JSON texts, and requires the
// same bytes as Go's jcs.Canonicalize — or both to refuse the input. For the FHIR corpus it also compares
// fhirrecord.Parse with the app's parseResource (type, id, canonical bytes, and keccak256(salt ‖ JCS) with a
// fixed salt), so a custodian's browser and `bevan record` anchor the same hash.
func TestCanonicalisationMatchesGo(t *testing.T) {
	var inputs [][]byte
	files, err := filepath.Glob("testdata/fhir/*.json")
	if err != nil || len(files) < 5 {
		t.Fatalf("FHIR corpus: %v %v", files, err)
	}
	var fhir [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fhir = append(fhir, b)
	}
	inputs = append(inputs, fhir...)
	for _, s := range []string{
		`{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"literals":[null,true,false]}`,
		`{"\u20ac":"Euro Sign","\r":"CR","\ufb33":"x","1":"One","\ud83d\ude00":"E","\u0080":"C","\u00f6":"o"}`,
		`[1e21,1e-7,-0,0.1,100,"\u001f\"\\/"]`, `"\ud83d\ude00"`, `true`, `null`, `[]`, `{}`, `-5e-324`,
		``, `{} x`, `1 2`, `{"a":1,"a":2}`, `{"a":1,"\u0061":2}`, `"\ud83d"`, `"\ude00"`, "\"\xff\"", `1e400`, `01`, `1.`,
		`+1`, `NaN`, "\"a\x01\"", `"\x"`, `{'a':1}`, `[1,]`, `{"a":1,}`, `{"a":[1`, `{"a" 1}`, `{1:2}`,
		strings.Repeat("[", jcs.MaxDepth) + strings.Repeat("]", jcs.MaxDepth),
		strings.Repeat("[", jcs.MaxDepth+1) + strings.Repeat("]", jcs.MaxDepth+1),
	} {
		inputs = append(inputs, []byte(s))
	}
	r := rand.New(rand.NewPCG(15, 8785))
	for range 3000 {
		var b strings.Builder
		randomJSON(r, &b, 0)
		inputs = append(inputs, []byte(b.String()))
	}

	enc := make([]string, len(inputs))
	for i, in := range inputs {
		enc[i] = base64.StdEncoding.EncodeToString(in)
	}
	req, _ := json.Marshal(enc)
	var ts []struct {
		Canonical   []byte `json:"canonical"`
		Error       string `json:"error"`
		Type, ID    string
		ContentHash string `json:"contentHash"`
	}
	if err := json.Unmarshal([]byte(harness(t, string(req), "jcs-corpus")), &ts); err != nil || len(ts) != len(inputs) {
		t.Fatalf("harness: %v (%d results)", err, len(ts))
	}
	var same, refused int
	for i, in := range inputs {
		want, err := jcs.Canonicalize(in)
		switch {
		case err != nil && ts[i].Error == "":
			t.Errorf("input %d %.200q: Go refuses (%v), the browser gives %.200q", i, in, err, ts[i].Canonical)
		case err == nil && ts[i].Error != "":
			t.Errorf("input %d %.200q: the browser refuses (%s), Go gives %.200q", i, in, ts[i].Error, want)
		case err == nil && string(want) != string(ts[i].Canonical):
			t.Errorf("input %d %.200q:\n Go      %.300q\n browser %.300q", i, in, want, ts[i].Canonical)
		case err == nil:
			same++
		default:
			refused++
		}
	}
	t.Logf("%d inputs: %d canonicalised to the same bytes, %d refused by both", len(inputs), same, refused)
	if same < 1000 || refused < 20 {
		t.Fatalf("the corpus is too weak: %d same, %d refused", same, refused)
	}

	// the FHIR layer: fhirrecord.Parse and the content hash
	var salt commitment.Salt
	for i := range salt {
		salt[i] = byte(i*7 + 1)
	}
	req, _ = json.Marshal(enc[:len(fhir)])
	ts = nil
	if err := json.Unmarshal([]byte(harness(t, string(req), "fhir-corpus", "0x"+fmt.Sprintf("%x", salt[:]))), &ts); err != nil {
		t.Fatal(err)
	}
	var anchored int
	for i, in := range fhir {
		res, err := fhirrecord.Parse(in)
		if err != nil {
			if ts[i].Error == "" {
				t.Errorf("%s: Go refuses (%v), the browser accepts it", files[i], err)
			}
			continue
		}
		if ts[i].Error != "" {
			t.Errorf("%s: the browser refuses (%s), Go accepts it", files[i], ts[i].Error)
			continue
		}
		if ts[i].Type != res.ResourceType || ts[i].ID != res.ID || string(ts[i].Canonical) != string(res.Canonical) ||
			ts[i].ContentHash != res.ContentHash(salt).Hex() {
			t.Errorf("%s: browser %s/%s %s, Go %s/%s %s", files[i], ts[i].Type, ts[i].ID, ts[i].ContentHash, res.ResourceType, res.ID, res.ContentHash(salt).Hex())
		}
		anchored++
	}
	if anchored < 5 {
		t.Fatalf("only %d FHIR examples parsed", anchored)
	}
	t.Logf("%d FHIR examples: the same type, id, canonical bytes and content hash", anchored)
}

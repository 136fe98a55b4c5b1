package jcs

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
)

// RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical serialisation ("" = must be rejected).
func TestNumbersRFC8785AppendixB(t *testing.T) {
	vectors := []struct {
		bits uint64
		want string
	}{
		{0x0000000000000000, "0"},
		{0x8000000000000000, "0"},
		{0x0000000000000001, "5e-324"},
		{0x8000000000000001, "-5e-324"},
		{0x7fefffffffffffff, "1.7976931348623157e+308"},
		{0xffefffffffffffff, "-1.7976931348623157e+308"},
		{0x4340000000000000, "9007199254740992"},
		{0xc340000000000000, "-9007199254740992"},
		{0x4430000000000000, "295147905179352830000"},
		{0x7fffffffffffffff, ""},
		{0x7ff0000000000000, ""},
		{0x44b52d02c7e14af5, "9.999999999999997e+22"},
		{0x44b52d02c7e14af6, "1e+23"},
		{0x44b52d02c7e14af7, "1.0000000000000001e+23"},
		{0x444b1ae4d6e2ef4e, "999999999999999700000"},
		{0x444b1ae4d6e2ef4f, "999999999999999900000"},
		{0x444b1ae4d6e2ef50, "1e+21"},
		{0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"},
		{0x3eb0c6f7a0b5ed8d, "0.000001"},
		{0x41b3de4355555553, "333333333.3333332"},
		{0x41b3de4355555554, "333333333.33333325"},
		{0x41b3de4355555555, "333333333.3333333"},
		{0x41b3de4355555556, "333333333.3333334"},
		{0x41b3de4355555557, "333333333.33333343"},
		{0xbecbf647612f3696, "-0.0000033333333333333333"},
		{0x43143ff3c1cb0959, "1424953923781206.2"},
	}
	for _, v := range vectors {
		f := math.Float64frombits(v.bits)
		got, err := FormatNumber(f)
		if v.want == "" {
			if err == nil {
				t.Errorf("%016x (%v): want an error, got %q", v.bits, f, got)
			}
			continue
		}
		if err != nil || got != v.want {
			t.Errorf("%016x: got %q, %v; want %q", v.bits, got, err, v.want)
		}
		// The canonical form parses back to the same double.
		canon, err := Canonicalize([]byte(got))
		if err != nil || string(canon) != v.want {
			t.Errorf("Canonicalize(%q) = %q, %v", got, canon, err)
		}
	}
}

func TestNumberTexts(t *testing.T) {
	for in, want := range map[string]string{
		"1e+30": "1e+30", "1E30": "1e+30", "4.5": "4.5", "4.50": "4.5", "0.002": "0.002", "2e-3": "0.002",
		"1e-7": "1e-7", "0.0000001": "1e-7", "0.000001": "0.000001", "-0": "0", "-0.0": "0", "0e10": "0",
		"1e21": "1e+21", "1e20": "100000000000000000000", "123456789012345678901": "123456789012345680000",
		"0.000000000000000000000000001": "1e-27", "333333333.33333329": "333333333.3333333", "-1.5e-10": "-1.5e-10",
		"10": "10", "1.0": "1", "-12.25e2": "-1225", "5e-324": "5e-324", "1.25e+300": "1.25e+300",
	} {
		got, err := Canonicalize([]byte(in))
		if err != nil || string(got) != want {
			t.Errorf("%s: got %s, %v; want %s", in, got, err, want)
		}
	}
}

// RFC 8785 section 3.2.2's sample object.
func TestRFC8785Sample(t *testing.T) {
	in := `{
  "numbers": [333333333.33333329, 1E30, 4.50,
              2e-3, 0.000000000000000000000000001],
  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
  "literals": [null, true, false]
}`
	want := `{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`
	got, err := Canonicalize([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// RFC 8785 section 3.2.3's sorting example: names ordered by UTF-16 code units, so U+1F600 (D83D DE00) sorts before
// U+FB33 although its UTF-8 bytes are larger.
func TestRFC8785Sorting(t *testing.T) {
	in := `{
  "\u20ac": "Euro Sign",
  "\r": "Carriage Return",
  "\ufb33": "Hebrew Letter Dalet With Dagesh",
  "1": "One",
  "\ud83d\ude00": "Emoji: Grinning Face",
  "\u0080": "Control",
  "\u00f6": "Latin Small Letter O With Diaeresis"
}`
	want := "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\"," +
		"\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}"
	got, err := Canonicalize([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

func TestNestingAndEscapes(t *testing.T) {
	in := " {\"b\": [ {\"z\":1, \"a\" : {\"y\":[], \"x\":{}}} ], \"a\": \"\\u001f\\b\\t/\u2028\" } \n"
	want := "{\"a\":\"\\u001f\\b\\t/\u2028\",\"b\":[{\"a\":{\"x\":{},\"y\":[]},\"z\":1}]}"
	got, err := Canonicalize([]byte(in))
	if err != nil || string(got) != want {
		t.Fatalf("got %s, %v\nwant %s", got, err, want)
	}
}

func TestRejectsNonIJSON(t *testing.T) {
	for name, in := range map[string]string{
		"empty":           ``,
		"trailing":        `{} x`,
		"two values":      `1 2`,
		"duplicate":       `{"a":1,"a":2}`,
		"duplicate esc":   `{"a":1,"\u0061":2}`,
		"lone high":       `"\ud83d"`,
		"lone high+text":  `"\ud83dx"`,
		"lone low":        `"\ude00"`,
		"high+high":       `"\ud83d\ud83d"`,
		"bad utf8":        "\"\xff\"",
		"overflow":        `1e400`,
		"neg overflow":    `-1e400`,
		"leading zero":    `01`,
		"bare dot":        `1.`,
		"plus":            `+1`,
		"NaN":             `NaN`,
		"control":         "\"a\x01\"",
		"bad escape":      `"\x"`,
		"single quotes":   `{'a':1}`,
		"trailing comma":  `[1,]`,
		"obj comma":       `{"a":1,}`,
		"unterminated":    `{"a":[1`,
		"missing colon":   `{"a" 1}`,
		"non-string name": `{1:2}`,
		"deep":            strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1),
	} {
		if got, err := Canonicalize([]byte(in)); err == nil {
			t.Errorf("%s: accepted %q as %q", name, in, got)
		} else if !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: error %v does not wrap ErrInvalid", name, err)
		}
	}
	ok := strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth)
	if _, err := Canonicalize([]byte(ok)); err != nil {
		t.Errorf("depth %d: %v", MaxDepth, err)
	}
}

// FuzzCanonicalize: the canonical form is a fixed point, is valid JSON, and means the same as the input.
func FuzzCanonicalize(f *testing.F) {
	for _, s := range []string{
		`{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"literals":[null,true,false]}`,
		`{"\u20ac":"Euro Sign","\r":"CR","\ufb33":"x","1":"One","\ud83d\ude00":"E","\u0080":"C","\u00f6":"o"}`,
		`[1e21,1e-7,-0,0.1,100,"\u001f\"\\/"]`,
		`{"resourceType":"Patient","id":"p1","name":[{"family":"Smith"}]}`,
		`"\ud83d\ude00"`, `true`, `null`, `[]`, `{}`, `-5e-324`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c1, err := Canonicalize(data)
		if err != nil {
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		c2, err := Canonicalize(c1)
		if err != nil {
			t.Fatalf("canonical form %q rejected: %v", c1, err)
		}
		if string(c1) != string(c2) {
			t.Fatalf("not idempotent:\n%q\n%q", c1, c2)
		}
		var a, b any
		if err := json.Unmarshal(data, &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(c1, &b); err != nil {
			t.Fatalf("canonical form %q is not JSON: %v", c1, err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("meaning changed:\n%q -> %#v\n%q -> %#v", data, a, c1, b)
		}
	})
}

package vocab

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestPurposesMatchContract pins the Go vocabulary to ConsentRegistry's constants: every PURPOSE_<CODE> bit, the
// count, the direct-care and research masks, and every ACTION_<CODE> bit. A purpose added on one side only fails here.
func TestPurposesMatchContract(t *testing.T) {
	raw, err := os.ReadFile("../contracts/src/ConsentRegistry.sol")
	if err != nil {
		t.Fatal(err)
	}
	src := string(raw)
	consts := map[string]int{}
	for _, m := range regexp.MustCompile(`uint8 public constant ((?:PURPOSE|ACTION)_[A-Z]+) = (\d+);`).FindAllStringSubmatch(src, -1) {
		n, _ := strconv.Atoi(m[2])
		consts[m[1]] = n
	}
	if consts["PURPOSE_COUNT"] != len(Purposes()) {
		t.Fatalf("PURPOSE_COUNT %d, Go has %d purposes", consts["PURPOSE_COUNT"], len(Purposes()))
	}
	for _, p := range Purposes() {
		bit, ok := consts["PURPOSE_"+p.Code()]
		if !ok || bit != int(p) {
			t.Errorf("purpose %s: Go bit %d, contract PURPOSE_%s = %d (declared %v)", p.Code(), p, p.Code(), bit, ok)
		}
	}
	if consts["ACTION_COUNT"] != len(Actions()) {
		t.Fatalf("ACTION_COUNT %d, Go has %d actions", consts["ACTION_COUNT"], len(Actions()))
	}
	for _, a := range Actions() {
		if bit, ok := consts["ACTION_"+strings.ToUpper(a.Code())]; !ok || bit != int(a) {
			t.Errorf("action %s: Go bit %d, contract %d (declared %v)", a.Code(), a, bit, ok)
		}
	}
	// The masks: the PURPOSE_ names inside each constant's expression.
	for name, want := range map[string]uint16{"RESEARCH_PURPOSES": ResearchMask, "DIRECT_CARE_PURPOSES": DirectCareMask} {
		m := regexp.MustCompile(`uint16 public constant ` + name + ` = uint16\(([^;]*)\);`).FindStringSubmatch(src)
		if m == nil {
			t.Fatalf("%s not found in the contract", name)
		}
		var got uint16
		for _, ref := range regexp.MustCompile(`PURPOSE_([A-Z]+)`).FindAllStringSubmatch(m[1], -1) {
			p, err := ParsePurpose(ref[1])
			if err != nil {
				t.Fatalf("%s names %s: %v", name, ref[1], err)
			}
			got |= PurposeMask(p)
		}
		if got != want {
			t.Errorf("%s: contract %#x, Go %#x", name, got, want)
		}
	}
}

func TestPurposeClasses(t *testing.T) {
	for _, c := range []struct {
		p        Purpose
		class    Class
		research bool
	}{{Treat, DirectCare, false}, {Coc, DirectCare, false}, {Btg, DirectCare, false}, {PatRqt, DirectCare, false},
		{HResch, SecondaryUse, true}, {ClinTrl, SecondaryUse, true}, {PopHlth, SecondaryUse, false},
		{HQualImp, SecondaryUse, false}, {HSysAdmin, SecondaryUse, false}} {
		if c.p.Class() != c.class || c.p.Research() != c.research {
			t.Errorf("%s: class %s research %v, want %s %v", c.p, c.p.Class(), c.p.Research(), c.class, c.research)
		}
	}
	if Purpose(14).Class() != 0 || Purpose(14).Research() {
		t.Error("unknown purpose classified")
	}
	if HSysAdmin.Display() != "health system administration" || ETreat.Display() != "Emergency Treatment" {
		t.Error("displays must be HL7's exactly")
	}
	if AllPurposesMask() != 0x3FFF {
		t.Errorf("all purposes %#x", AllPurposesMask())
	}
}

// TestCodesOfMasks checks PurposeCodes and ActionCodes against PurposesOf and ActionsOf for every mask.
func TestCodesOfMasks(t *testing.T) {
	for m := 0; m <= 0xffff; m++ {
		ps, codes := PurposesOf(uint16(m)), PurposeCodes(uint16(m))
		if len(ps) != len(codes) || codes == nil {
			t.Fatalf("mask %#x: %d purposes, codes %q", m, len(ps), codes)
		}
		for i, p := range ps {
			if codes[i] != p.Code() {
				t.Fatalf("mask %#x: codes %q, purposes %v", m, codes, ps)
			}
		}
	}
	for m := 0; m <= 0xff; m++ {
		as, codes := ActionsOf(uint8(m)), ActionCodes(uint8(m))
		if len(as) != len(codes) || codes == nil {
			t.Fatalf("mask %#x: %d actions, codes %q", m, len(as), codes)
		}
		for i, a := range as {
			if codes[i] != a.Code() {
				t.Fatalf("mask %#x: codes %q, actions %v", m, codes, as)
			}
		}
	}
}

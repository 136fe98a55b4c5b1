package vocab

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestDeviceKindsMatchContract pins the Go device kinds to DeviceRegistry's constants (the cold-store code and the
// highest code) and to the codes IDeviceRegistry's documentation lists.
func TestDeviceKindsMatchContract(t *testing.T) {
	raw, err := os.ReadFile("../contracts/src/DeviceRegistry.sol")
	if err != nil {
		t.Fatal(err)
	}
	consts := map[string]int{}
	for _, m := range regexp.MustCompile(`uint8 public constant ([A-Z_]+) = (\d+);`).FindAllStringSubmatch(string(raw), -1) {
		consts[m[1]], _ = strconv.Atoi(m[2])
	}
	kinds := DeviceKinds()
	if consts["MAX_KIND"] != len(kinds) || consts["KIND_COLD_STORE"] != int(ColdStoreSensor) {
		t.Fatalf("contract MAX_KIND %d KIND_COLD_STORE %d; Go has %d kinds, cold store %d", consts["MAX_KIND"],
			consts["KIND_COLD_STORE"], len(kinds), ColdStoreSensor)
	}
	iface, err := os.ReadFile("../contracts/src/interfaces/IDeviceRegistry.sol")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range kinds {
		// "1 cold-store sensor, 2 pulse oximeter, 3 blood\n    /// pressure cuff": the names, with any run of spaces,
		// hyphens, newlines and comment slashes between their words.
		words := regexp.MustCompile(`[- ]`).Split(k.String(), -1)
		pat := strconv.Itoa(int(k)) + ` `
		for i, w := range words {
			if i > 0 {
				pat += `[-\s/]+`
			}
			pat += regexp.QuoteMeta(w)
		}
		if !regexp.MustCompile(pat).Match(iface) {
			t.Errorf("kind %d %s is not documented as such in IDeviceRegistry", k, k)
		}
	}
}

func TestParseDeviceKind(t *testing.T) {
	for _, k := range DeviceKinds() {
		for _, s := range []string{k.String(), strconv.Itoa(int(k)), " " + strings.ToUpper(k.String())} {
			got, err := ParseDeviceKind(s)
			if err != nil || got != k {
				t.Errorf("ParseDeviceKind(%q) = %v, %v; want %v", s, got, err, k)
			}
		}
	}
	for _, bad := range []string{"", "0", "7", "fridge", "cold store sensor"} {
		if _, err := ParseDeviceKind(bad); err == nil {
			t.Errorf("ParseDeviceKind(%q) accepted", bad)
		}
	}
	if ColdStoreSensor.PatientDevice() || !PulseOximeter.PatientDevice() || DeviceKind(0).Valid() || DeviceKind(7).Valid() {
		t.Error("PatientDevice/Valid")
	}
}

package vocab

import (
	"fmt"
	"strings"
)

// DeviceKind is the kind of a telemetry device (DeviceRegistry's `kind`, IDeviceRegistry.Device.kind).
type DeviceKind uint8

// The device kinds, with DeviceRegistry's codes (0 is no kind: an unregistered address).
const (
	ColdStoreSensor   DeviceKind = iota + 1 // a vaccine fridge's or cold store's temperature sensor: a site's device
	PulseOximeter                           // SpO2 and pulse rate, on a virtual ward
	BloodPressureCuff                       // systolic and diastolic pressure
	Thermometer                             // body temperature
	WeighingScale                           // body weight
	GlucoseMeter                            // blood glucose
	deviceKindEnd
)

var deviceKindNames = [...]string{"", "cold-store-sensor", "pulse-oximeter", "blood-pressure-cuff", "thermometer",
	"weighing-scale", "glucose-meter"}

var deviceKindDisplay = [...]string{"", "Cold-store temperature sensor", "Pulse oximeter", "Blood pressure cuff",
	"Thermometer", "Weighing scale", "Glucose meter"}

// DeviceKinds lists every device kind in code order.
func DeviceKinds() []DeviceKind {
	out := make([]DeviceKind, 0, deviceKindEnd-1)
	for k := ColdStoreSensor; k < deviceKindEnd; k++ {
		out = append(out, k)
	}
	return out
}

// Valid reports whether k is one of the device kinds.
func (k DeviceKind) Valid() bool { return k >= ColdStoreSensor && k < deviceKindEnd }

// String is the kind's name, e.g. "pulse-oximeter".
func (k DeviceKind) String() string {
	if !k.Valid() {
		return fmt.Sprintf("DeviceKind(%d)", uint8(k))
	}
	return deviceKindNames[k]
}

// Display is the kind's human-readable name, e.g. "Pulse oximeter".
func (k DeviceKind) Display() string {
	if !k.Valid() {
		return k.String()
	}
	return deviceKindDisplay[k]
}

// PatientDevice reports whether a device of this kind may belong to a patient (every kind but the cold-store
// sensor, which is always a site's).
func (k DeviceKind) PatientDevice() bool { return k.Valid() && k != ColdStoreSensor }

// ParseDeviceKind parses a device kind name such as "pulse-oximeter" (case-insensitive) or its code ("2").
func ParseDeviceKind(s string) (DeviceKind, error) {
	s = strings.TrimSpace(s)
	for i, n := range deviceKindNames {
		if i > 0 && (strings.EqualFold(s, n) || s == fmt.Sprint(i)) {
			return DeviceKind(i), nil
		}
	}
	return 0, fmt.Errorf("unknown device kind %q (want one of %s)", s, strings.Join(deviceKindNames[1:], ", "))
}

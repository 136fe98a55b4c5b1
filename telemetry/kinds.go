package telemetry

import "slices"

// Kind is a device kind of DeviceRegistry (vocab's device kinds).
type Kind uint8

// The device kinds.
const (
	KindColdStore Kind = iota + 1 // a cold store's (vaccine fridge's) temperature sensor
	KindPulseOximeter
	KindBloodPressureCuff
	KindThermometer
	KindWeighingScale
	KindGlucoseMeter
)

// kindCodes are the codes each kind of device measures; a reading of another code is refused (a fridge sending
// SpO2 is misconfigured or not the fridge).
var kindCodes = map[Kind][]string{
	KindColdStore:         {CodeRoomTemperature},
	KindPulseOximeter:     {CodeSpO2, CodeHeartRate},
	KindBloodPressureCuff: {CodeSystolicBP, CodeDiastolicBP, CodeHeartRate},
	KindThermometer:       {CodeBodyTemperature},
	KindWeighingScale:     {CodeBodyWeight},
	KindGlucoseMeter:      {CodeGlucoseMolarBlood},
}

// Measures reports whether a device of kind k measures code.
func (k Kind) Measures(code string) bool {
	return slices.Contains(kindCodes[k], code)
}

// Codes are the codes a device of kind k measures.
func (k Kind) Codes() []string { return slices.Clone(kindCodes[k]) }

// CheckKind refuses a batch holding a reading its device's kind does not measure.
func (s *Signed) CheckKind(k Kind) *Error {
	for i := range s.Readings {
		if !k.Measures(s.Readings[i].Code) {
			return Errorf(CodeNotOfKind, "reading %d: a device of kind %d does not measure LOINC %s", i, k, s.Readings[i].Code)
		}
	}
	return nil
}

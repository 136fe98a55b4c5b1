package main

import (
	"fmt"
	"io"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

func deviceCommand() *cli.Command {
	return &cli.Command{
		Name:  "device",
		Usage: "register, deregister, re-key and list telemetry devices (DeviceRegistry; the wallet holds DEVICE_REGISTRAR_ROLE)",
		Subcommands: []*cli.Command{
			{
				Name:      "register",
				Usage:     "register a device (its address is its signing key) under your wallet, the registrar",
				ArgsUsage: "DEVICE",
				Flags: append(chainFlags(true),
					&cli.StringFlag{Name: "kind", Required: true, Usage: "device kind: cold-store-sensor, pulse-oximeter, blood-pressure-cuff, thermometer, weighing-scale or glucose-meter (or its code 1..6)"},
					&cli.StringFlag{Name: "site", Required: true, Usage: "ODS code of the device's site (e.g. RJ1)"},
					&cli.StringFlag{Name: "patient", Usage: "the patient's pseudonymous wallet, for a patient's device (never for a cold-store sensor)"}),
				Action: deviceRegister,
			},
			{
				Name:      "deregister",
				Usage:     "deregister one of the devices you registered, for good",
				ArgsUsage: "DEVICE",
				Flags:     chainFlags(true),
				Action:    deviceDeregister,
			},
			{
				Name:      "rotate",
				Usage:     "move one of your devices to a new key (it keeps its kind, site and patient; the old key ends for good)",
				ArgsUsage: "DEVICE NEW_DEVICE",
				Flags:     chainFlags(true),
				Action:    deviceRotate,
			},
			{
				Name:  "list",
				Usage: "list devices (from the GraphQL indexer; at most 1,000)",
				Flags: append(indexFlags(),
					&cli.StringFlag{Name: "site", Usage: "only this site's (ODS code)"},
					&cli.StringFlag{Name: "kind", Usage: "only this kind"},
					&cli.StringFlag{Name: "patient", Usage: "only this patient's"},
					&cli.BoolFlag{Name: "active", Usage: "only active devices"}),
				Action: deviceList,
			},
		},
	}
}

type deviceJSON struct {
	txResult
	Device    common.Address  `json:"device"`
	NewDevice *common.Address `json:"newDevice,omitempty"`
	Kind      string          `json:"kind,omitempty"`
	Site      string          `json:"site,omitempty"`
	Patient   *common.Address `json:"patient,omitempty"`
	Change    string          `json:"change"`
}

func deviceRegister(c *cli.Context) error {
	device, err := addressArg(c, "device address", "device")
	if err != nil {
		return err
	}
	kind, err := vocab.ParseDeviceKind(c.String("kind"))
	if err != nil {
		return fmt.Errorf("--kind: %w", err)
	}
	site, err := vocab.ODSCode(c.String("site"))
	if err != nil {
		return fmt.Errorf("--site: %w", err)
	}
	out := deviceJSON{Device: device, Kind: kind.String(), Site: c.String("site"), Change: "registered"}
	var patient common.Address
	if p := c.String("patient"); p != "" {
		if !kind.PatientDevice() {
			return fmt.Errorf("--patient: a %s is a site's device, never a patient's", kind)
		}
		if patient, err = parseAddress("--patient", p); err != nil {
			return err
		}
		out.Patient = &patient
	}
	return deviceCall(c, "device register", "register", []any{device, uint8(kind), site, patient}, out,
		fmt.Sprintf("device %s (%s) registered at %s", device.Hex(), kind, out.Site))
}

func deviceDeregister(c *cli.Context) error {
	device, err := addressArg(c, "device address", "device")
	if err != nil {
		return err
	}
	return deviceCall(c, "device deregister", "deregister", []any{device}, deviceJSON{Device: device, Change: "deregistered"},
		fmt.Sprintf("device %s deregistered", device.Hex()))
}

func deviceRotate(c *cli.Context) error {
	device, next, err := twoAddresses(c, "device", "new device")
	if err != nil {
		return err
	}
	return deviceCall(c, "device rotate", "rotateKey", []any{device, next},
		deviceJSON{Device: device, NewDevice: &next, Change: "rotated"}, fmt.Sprintf("device %s rotated to %s", device.Hex(), next.Hex()))
}

// deviceCall sends one DeviceRegistry call as the wallet and reports out (its transaction filled in) or line.
func deviceCall(c *cli.Context, what, method string, args []any, out deviceJSON, line string) error {
	return contractCall(c, what, deployment.Devices, bindings.DeviceRegistryMetaData, method, args, func(e *chainEnv, st *api.Status) (any, string) {
		out.txResult = e.resultOf(st)
		return out, line
	})
}

type deviceListed struct {
	Address         string  `json:"address"`
	Kind            string  `json:"kind"`
	Site            string  `json:"site"`
	Registrar       string  `json:"registrar"`
	Patient         *string `json:"patient,omitempty"`
	Active          bool    `json:"active"`
	RegisteredBlock uint64  `json:"registeredBlock"`
	ReplacedBy      *string `json:"replacedBy,omitempty"`
}

type deviceListJSON struct {
	// Block is the indexed block the list is as of.
	Block   uint64         `json:"block"`
	Devices []deviceListed `json:"devices"`
}

func deviceList(c *cli.Context) error {
	where := map[string]any{}
	if s := c.String("site"); s != "" {
		where["site"] = map[string]any{"eq": s}
	}
	if k := c.String("kind"); k != "" {
		where["kind"] = k
	}
	if p := c.String("patient"); p != "" {
		patient, err := parseAddress("--patient", p)
		if err != nil {
			return err
		}
		where["patient"] = map[string]any{"eq": patient.Hex()}
	}
	if c.Bool("active") {
		where["active"] = true
	}
	e, err := openIndex(c, "device list")
	if err != nil {
		return err
	}
	var res struct {
		Devices struct {
			Edges []struct{ Node deviceListed }
		}
	}
	q := `query($where: DeviceFilter, $block: Int!) { devices(where: $where, first: 1000, block: {number: $block}) {
		edges { node { address kind site registrar patient active registeredBlock replacedBy } } } }`
	if err := e.gql.Query(c.Context, q, map[string]any{"where": where, "block": e.block}, &res); err != nil {
		return e.fail("device list", err)
	}
	out := deviceListJSON{Block: e.block, Devices: []deviceListed{}}
	for _, ed := range res.Devices.Edges {
		out.Devices = append(out.Devices, ed.Node)
	}
	return printResult(c, out, func(w io.Writer) error {
		if _, err := fmt.Fprintf(w, "%s (indexed to block %d)\n", plural(len(out.Devices), "device"), out.Block); err != nil {
			return err
		}
		for _, d := range out.Devices {
			state := "active"
			if !d.Active {
				state = "ended"
			}
			whose := "site's"
			if d.Patient != nil {
				whose = "patient " + *d.Patient
			}
			if _, err := fmt.Fprintf(w, "  %s  %-19s %-8s %s, %s, registrar %s\n", d.Address, d.Kind, d.Site, state, whose, d.Registrar); err != nil {
				return err
			}
		}
		return nil
	})
}

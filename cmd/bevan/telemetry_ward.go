package main

import (
	"fmt"
	"io"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// telemetryOrgFlags are the flags of a care organisation's commands: the gateway and the organisation's wallet,
// which signs in (EIP-4361).
func telemetryOrgFlags(extra ...cli.Flag) []cli.Flag {
	fs := append(walletFlags(true), walletSelectFlag(),
		&cli.StringFlag{Name: "gateway", Value: "http://127.0.0.1:8549", Usage: "telemetry gateway URL", EnvVars: []string{"BEVAN_TELEMETRY_URL"}},
		&cli.IntFlag{Name: "hours", Value: 24, Usage: "how far back to look (1..168)"})
	return append(fs, extra...)
}

func telemetryAlertsCommand() *cli.Command {
	return &cli.Command{
		Name:  "alerts",
		Usage: "virtual-ward alerts of the patients whose consent permits your organisation (signs in with your wallet)",
		Description: "Signs in to the gateway with the organisation's wallet (EIP-4361: the gateway's message, personal_signed;\n" +
			"checked to name the gateway's host and your address first) and fetches the alerts the gateway releases:\n" +
			"of --patient, or of every patient whose consent permits your organisation TREAT/access at the chain head.\n" +
			"An alert names the device, the patient's wallet, the rule (e.g. spo2-low) and when; never the value:\n" +
			"`bevan telemetry readings --device` fetches the readings under the same consent.",
		Flags: telemetryOrgFlags(
			&cli.StringFlag{Name: "patient", Usage: "only this patient's alerts (refused not_permitted unless their consent permits you)"},
			&cli.IntFlag{Name: "limit", Value: 100, Usage: "most alerts (1..1000)"}),
		Action: func(c *cli.Context) error {
			var patient common.Address
			if p := c.String("patient"); p != "" {
				a, err := parseAddress("--patient", p)
				if err != nil {
					return err
				}
				patient = a
			}
			if h := c.Int("hours"); h < 1 || h > 168 {
				return fmt.Errorf("--hours %d: want 1..168", h)
			}
			if l := c.Int("limit"); l < 1 || l > 1000 {
				return fmt.Errorf("--limit %d: want 1..1000", l)
			}
			oc, err := orgSignIn(c)
			if err != nil {
				return err
			}
			out, err := oc.Alerts(c.Context, patient, c.Int("hours"), c.Int("limit"))
			if err != nil {
				return err
			}
			return printResult(c, out, func(w io.Writer) error {
				if len(out.Alerts) == 0 {
					_, err := fmt.Fprintf(w, "no alert since %s (consents read at block %d)\n", out.Since.Format(time.RFC3339), out.Block)
					return err
				}
				for _, a := range out.Alerts {
					anchored := "not anchored yet"
					if a.AnchorTx != nil {
						anchored = fmt.Sprintf("anchored in block %d (tx %s)", a.AnchorBlock, a.AnchorTx.Hex())
					}
					if _, err := fmt.Fprintf(w, "%s  %s  patient %s  device %s  site %s  %s\n", a.At().Format(time.RFC3339),
						ruleText(&a), a.Patient.Hex(), a.Device.Hex(), a.Site, anchored); err != nil {
						return err
					}
				}
				return nil
			})
		},
	}
}

func ruleText(a *gateway.ReleasedAlert) string {
	unit := ""
	if m, ok := telemetry.MeasureOf(a.Code); ok {
		unit = " " + m.Unit
		return fmt.Sprintf("%s (%s %s %v%s)", a.Rule, m.Display, a.Op, a.Value, unit)
	}
	return fmt.Sprintf("%s (%s %s %v)", a.Rule, a.Code, a.Op, a.Value)
}

func telemetryReadingsCommand() *cli.Command {
	return &cli.Command{
		Name:  "readings",
		Usage: "a patient's device's recent readings, if the patient's consent permits your organisation (signs in with your wallet)",
		Flags: telemetryOrgFlags(&cli.StringFlag{Name: "device", Required: true, Usage: "the patient's device"}),
		Action: func(c *cli.Context) error {
			dev, err := parseAddress("--device", c.String("device"))
			if err != nil {
				return err
			}
			if h := c.Int("hours"); h < 1 || h > 168 {
				return fmt.Errorf("--hours %d: want 1..168", h)
			}
			oc, err := orgSignIn(c)
			if err != nil {
				return err
			}
			out, err := oc.Readings(c.Context, dev, c.Int("hours"))
			if err != nil {
				return err
			}
			return printResult(c, out, func(w io.Writer) error {
				fmt.Fprintf(w, "%d readings of %s (patient %s, consent read at block %d)\n", len(out.Readings), out.Device.Hex(),
					out.Patient.Hex(), out.Block)
				for _, r := range out.Readings {
					name := r.Code
					if m, ok := telemetry.MeasureOf(r.Code); ok {
						name = m.Display
					}
					if _, err := fmt.Fprintf(w, "%s  %s %s %s\n", time.Unix(int64(r.Time), 0).UTC().Format(time.RFC3339), name,
						telemetry.FormatMilli(r.ValueMilli), r.Unit); err != nil {
						return err
					}
				}
				return nil
			})
		},
	}
}

// orgSignIn signs in to --gateway with the organisation's wallet.
func orgSignIn(c *cli.Context) (*gateway.OrgClient, error) {
	key, _, err := unlockWallet(c)
	if err != nil {
		return nil, err
	}
	return gateway.SignIn(c.Context, c.String("gateway"), key, nil)
}

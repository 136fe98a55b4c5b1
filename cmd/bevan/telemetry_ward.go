package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bevan-health/bevan/signin"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
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
			q := url.Values{}
			if p := c.String("patient"); p != "" {
				a, err := parseAddress("--patient", p)
				if err != nil {
					return err
				}
				q.Set("patient", a.Hex())
			}
			if h := c.Int("hours"); h < 1 || h > 168 {
				return fmt.Errorf("--hours %d: want 1..168", h)
			}
			if l := c.Int("limit"); l < 1 || l > 1000 {
				return fmt.Errorf("--limit %d: want 1..1000", l)
			}
			q.Set("hours", fmt.Sprint(c.Int("hours")))
			q.Set("limit", fmt.Sprint(c.Int("limit")))
			var out gateway.ReleasedAlerts
			if err := orgGet(c, "/v1/alerts?"+q.Encode(), &out); err != nil {
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
			var out gateway.PatientReadings
			if err := orgGet(c, fmt.Sprintf("/v1/readings?device=%s&hours=%d", dev.Hex(), c.Int("hours")), &out); err != nil {
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

// orgGet signs in to the gateway with the organisation's wallet and GETs path with the session into out.
func orgGet(c *cli.Context, path string, out any) error {
	base := strings.TrimSuffix(c.String("gateway"), "/")
	u, err := url.Parse(base)
	if err != nil || u.Host == "" {
		return fmt.Errorf("--gateway %q: want http(s)://host[:port]", base)
	}
	key, acct, err := unlockWallet(c)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(c.Context, http.MethodGet, base+"/v1/signin/message?address="+acct.Address.Hex(), nil)
	if err != nil {
		return err
	}
	var m gateway.SignInMessage
	if err := doGateway(req, &m); err != nil {
		return err
	}
	// sign only a message for this gateway and this wallet
	msg, err := signin.Parse(m.Message)
	if err != nil {
		return fmt.Errorf("the gateway's sign-in message: %w", err)
	}
	if msg.Domain != u.Host || msg.Address != crypto.PubkeyToAddress(key.PublicKey) {
		return fmt.Errorf("the gateway asked to sign in to %s as %s: not %s as %s; nothing signed", msg.Domain, msg.Address.Hex(),
			u.Host, acct.Address.Hex())
	}
	sig, err := signin.Sign(m.Message, key)
	if err != nil {
		return err
	}
	raw, err := json.Marshal(gateway.SignInRequest{Message: m.Message, Signature: hexutil.Encode(sig)})
	if err != nil {
		return err
	}
	req, err = http.NewRequestWithContext(c.Context, http.MethodPost, base+"/v1/signin", bytes.NewReader(raw))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	var in gateway.SignedIn
	if err := doGateway(req, &in); err != nil {
		return err
	}
	req, err = http.NewRequestWithContext(c.Context, http.MethodGet, base+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+in.Token)
	return doGateway(req, out)
}

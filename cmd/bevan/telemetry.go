package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/telemetry/sim"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

func telemetryCommand() *cli.Command {
	return &cli.Command{
		Name:  "telemetry",
		Usage: "device telemetry: the gateway that takes signed readings and anchors them, a device simulator, reading proofs",
		Subcommands: []*cli.Command{
			{
				Name:  "gateway",
				Usage: "run the telemetry gateway (HTTP JSON API; readings in SQLite or PostgreSQL; sequences in Redis; anchors through the relayer)",
				Description: "Takes EIP-712 signed reading batches from devices registered in the DeviceRegistry, checks them (shape,\n" +
					"units, signature, registration, sequence) before they cost anything, keeps them before it answers, and\n" +
					"every --anchor-interval anchors what it took as a salted Merkle batch (RecordAnchor.anchorBatch from its\n" +
					"custodian key, through the relayer). See docs/telemetry.md and docs/telemetry.openapi.yaml. Replicas\n" +
					"share PostgreSQL and Redis. Every flag is also read from " + gateway.EnvVarPrefix + "_<FLAG>.",
				Flags: gateway.CLIFlags(gateway.EnvVarPrefix),
				Action: cliapp.LifecycleCmd(func(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
					log, err := logger(c)
					if err != nil {
						return nil, err
					}
					cfg, err := gateway.ReadCLIConfig(c)
					if err != nil {
						return nil, err
					}
					return gateway.New(c.Context, cfg, log)
				}),
			},
			telemetrySimulateCommand(),
			telemetryAlertsCommand(),
			telemetryReadingsCommand(),
			telemetryVerifyCommand(),
			telemetryThresholdCommand(),
			telemetryLotsCommand(),
			{
				Name:  "excursions",
				Usage: "a cold store's excursions out of its site's range (default 2–8 °C) in its recent readings, with the lots it held, as the gateway finds them (FHIR R4 DetectedIssue with --json)",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "gateway", Value: "http://127.0.0.1:8549", Usage: "telemetry gateway URL", EnvVars: []string{"BEVAN_TELEMETRY_URL"}},
					&cli.StringFlag{Name: "device", Required: true, Usage: "the cold store's sensor address"},
					&cli.IntFlag{Name: "hours", Value: 24, Usage: "how far back to look (1..168)"},
					&cli.BoolFlag{Name: "json", Usage: "print JSON"},
				},
				Action: func(c *cli.Context) error {
					dev, err := parseAddress("--device", c.String("device"))
					if err != nil {
						return err
					}
					req, err := http.NewRequestWithContext(c.Context, http.MethodGet, fmt.Sprintf("%s/v1/excursions/%s?hours=%d",
						c.String("gateway"), dev.Hex(), c.Int("hours")), nil)
					if err != nil {
						return err
					}
					var out gateway.Excursions
					if err := doGateway(req, &out); err != nil {
						return err
					}
					return printResult(c, out, func(w io.Writer) error {
						if len(out.Excursions) == 0 {
							_, err := fmt.Fprintf(w, "no excursion of %s since %s\n", dev.Hex(), out.From)
							return err
						}
						for _, e := range out.Excursions {
							if _, err := fmt.Fprintln(w, e["detail"]); err != nil {
								return err
							}
						}
						return nil
					})
				},
			},
		},
	}
}

// telemetryDomain is the EIP-712 domain of the chain at --rpc: its DeviceRegistry from the manifest, or --device-registry.
func telemetryDomain(c *cli.Context) (telemetry.Domain, func(), error) {
	e, err := openChain(c)
	if err != nil {
		return telemetry.Domain{}, nil, err
	}
	reg, err := addressOr(c, "device-registry", e.m.DevicesAddress())
	if err == nil && reg == (common.Address{}) {
		err = errors.New("the manifest has no DeviceRegistry: give --device-registry")
	}
	if err != nil {
		e.Close()
		return telemetry.Domain{}, nil, err
	}
	id, err := e.eth.ChainID(c.Context)
	if err != nil {
		e.Close()
		return telemetry.Domain{}, nil, fmt.Errorf("chain id: %w", err)
	}
	return telemetry.Domain{ChainID: id, Registry: reg}, e.Close, nil
}

func telemetrySimulateCommand() *cli.Command {
	return &cli.Command{
		Name:  "simulate",
		Usage: "drive N simulated devices (vaccine fridges or pulse oximeters) that sign batches and send them to a gateway",
		Description: "Device keys derive from --seed (public: development only); --print-devices lists their addresses, to\n" +
			"register them in the DeviceRegistry first. A fridge can drift out of 2–8 °C (--drift-to, --drift-minutes).",
		Flags: append(chainFlags(false),
			&cli.StringFlag{Name: "gateway", Value: "http://127.0.0.1:8549", Usage: "telemetry gateway URL", EnvVars: []string{"BEVAN_TELEMETRY_URL"}},
			&cli.StringFlag{Name: "device-registry", Usage: "DeviceRegistry address (default: the manifest's)"},
			&cli.StringFlag{Name: "seed", Value: "devnet", Usage: "phrase the device keys derive from"},
			&cli.StringFlag{Name: "kind", Value: "fridge", Usage: "fridge or oximeter"},
			&cli.IntFlag{Name: "devices", Value: 3, Usage: "how many devices"},
			&cli.IntFlag{Name: "batches", Value: 1, Usage: "batches per device"},
			&cli.IntFlag{Name: "readings", Value: 60, Usage: "measurements per batch"},
			&cli.DurationFlag{Name: "step", Value: time.Minute, Usage: "time between measurements"},
			&cli.Uint64Flag{Name: "first-sequence", Value: 1, Usage: "sequence number of each device's first batch"},
			&cli.Float64Flag{Name: "drift-to", Usage: "°C a fridge drifts to, or % an oximeter's SpO2 dips to (0: no drift)"},
			&cli.DurationFlag{Name: "drift-for", Value: 40 * time.Minute, Usage: "how long the drift lasts, ending now"},
			&cli.BoolFlag{Name: "print-devices", Usage: "print the devices' addresses and exit"},
		),
		Action: func(c *cli.Context) error {
			kind := telemetry.KindColdStore
			switch c.String("kind") {
			case "fridge":
			case "oximeter":
				kind = telemetry.KindPulseOximeter
			default:
				return fmt.Errorf("--kind %q: want fridge or oximeter", c.String("kind"))
			}
			fleet := sim.Fleet(c.String("seed"), kind, c.Int("devices"))
			if c.Bool("print-devices") {
				for _, d := range fleet {
					fmt.Fprintln(c.App.Writer, d.Address.Hex())
				}
				return nil
			}
			domain, closeChain, err := telemetryDomain(c)
			if err != nil {
				return err
			}
			defer closeChain()
			n, steps, step := c.Int("batches"), c.Int("readings"), c.Duration("step")
			now := time.Now()
			sent := 0
			for _, d := range fleet {
				d.Sequence = c.Uint64("first-sequence") - 1
				if peak := c.Float64("drift-to"); peak != 0 {
					d.Drift = &sim.Drift{Start: now.Add(-c.Duration("drift-for")), Duration: c.Duration("drift-for"), Peak: peak}
				}
				for b := range n {
					end := now.Add(-time.Duration(n-1-b) * time.Duration(steps) * step)
					s, err := d.Batch(d.Readings(steps, end, step), domain)
					if err != nil {
						return err
					}
					if err := postReadings(c.Context, c.String("gateway"), s); err != nil {
						return fmt.Errorf("device %s batch %d: %w", d.Address, s.Sequence, err)
					}
					sent += len(s.Readings)
				}
			}
			fmt.Fprintf(c.App.Writer, "%d readings of %d devices accepted\n", sent, len(fleet))
			return nil
		},
	}
}

// postReadings sends a signed batch; a refusal is returned as the gateway's *telemetry.Error.
func postReadings(ctx context.Context, url string, s *telemetry.Signed) error {
	raw, err := json.Marshal(s)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/v1/readings", bytes.NewReader(raw))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	return doGateway(req, nil)
}

// doGateway runs a gateway request and decodes its answer into out (nil: discarded), or its error body.
func doGateway(req *http.Request, out any) error {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("gateway: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<24))
	if err != nil {
		return fmt.Errorf("gateway: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var eb telemetry.ErrorBody
		if json.Unmarshal(body, &eb) == nil && eb.Error != nil {
			return eb.Error
		}
		return fmt.Errorf("gateway: HTTP %d", resp.StatusCode)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(body, out)
}

func telemetryVerifyCommand() *cli.Command {
	return &cli.Command{
		Name:  "verify",
		Usage: "prove one reading, or one record the gateway derived (an excursion), against the batch root its gateway anchored on chain",
		Description: "Give a proof file (--proof, as the gateway serves it: a reading's or a record's), or ask the gateway for\n" +
			"one (--gateway with --device, --sequence and --index for a reading, or --record for a derived record).\n" +
			"--save writes the fetched proof to a file.",
		Flags: append(chainFlags(false),
			&cli.StringFlag{Name: "proof", Usage: "proof file (JSON)"},
			&cli.StringFlag{Name: "gateway", Value: "http://127.0.0.1:8549", Usage: "telemetry gateway URL", EnvVars: []string{"BEVAN_TELEMETRY_URL"}},
			&cli.StringFlag{Name: "device", Usage: "the device's address"},
			&cli.Uint64Flag{Name: "sequence", Usage: "the batch's sequence number"},
			&cli.UintFlag{Name: "index", Usage: "the reading's index in its batch"},
			&cli.StringFlag{Name: "record", Usage: "a derived record's id (0x and 64 hex digits; an excursion's recordId)"},
			&cli.StringFlag{Name: "save", Usage: "write the fetched proof to this file"},
		),
		Action: func(c *cli.Context) error {
			raw, err := telemetryProofJSON(c)
			if err != nil {
				return err
			}
			var probe struct {
				Record json.RawMessage `json:"record"`
			}
			if err := json.Unmarshal(raw, &probe); err != nil {
				return fmt.Errorf("proof: %w", err)
			}
			e, err := openChain(c)
			if err != nil {
				return err
			}
			defer e.Close()
			if probe.Record != nil {
				var p telemetry.RecordProof
				if err := json.Unmarshal(raw, &p); err != nil {
					return fmt.Errorf("record proof: %w", err)
				}
				at, err := telemetry.VerifyRecordProof(c.Context, e.eth, &p)
				if err != nil {
					return err
				}
				out := map[string]any{"verified": true, "record": p.Record.ID, "kind": p.Record.Kind, "device": p.Record.Device,
					"content": p.Record.Content, "batchRoot": p.BatchRoot, "custodian": p.Custodian, "anchoredAt": at.Format(time.RFC3339)}
				return printResult(c, out, func(w io.Writer) error {
					_, err := fmt.Fprintf(w, "verified: %s record %s of device %s %s is in batch %s anchored by %s at %s\n",
						p.Record.Kind, p.Record.ID.Hex(), p.Record.Device, p.Record.Content, p.BatchRoot.Hex(), p.Custodian,
						at.Format(time.RFC3339))
					return err
				})
			}
			var p telemetry.Proof
			if err := json.Unmarshal(raw, &p); err != nil {
				return fmt.Errorf("proof: %w", err)
			}
			at, err := telemetry.VerifyProof(c.Context, e.eth, &p)
			if err != nil {
				return err
			}
			out := map[string]any{"verified": true, "device": p.Device, "sequence": p.Sequence, "index": p.Index,
				"reading": p.Reading, "batchRoot": p.BatchRoot, "custodian": p.Custodian, "anchoredAt": at.Format(time.RFC3339)}
			return printResult(c, out, func(w io.Writer) error {
				m, _ := telemetry.MeasureOf(p.Reading.Code)
				_, err := fmt.Fprintf(w, "verified: %s %s %s at %s (device %s, batch %d, reading %d) is in batch %s anchored by %s at %s\n",
					m.Display, telemetry.FormatMilli(p.Reading.ValueMilli), p.Reading.Unit,
					time.Unix(int64(p.Reading.Time), 0).UTC().Format(time.RFC3339), p.Device, p.Sequence, p.Index,
					p.BatchRoot.Hex(), p.Custodian, at.Format(time.RFC3339))
				return err
			})
		},
	}
}

// telemetryProofJSON reads the proof file, or fetches a reading's or record's proof from the gateway (and saves it
// when asked).
func telemetryProofJSON(c *cli.Context) ([]byte, error) {
	if path := c.String("proof"); path != "" {
		return os.ReadFile(path)
	}
	var u string
	if id := c.String("record"); id != "" {
		h, err := parseHash("--record", id)
		if err != nil {
			return nil, err
		}
		u = fmt.Sprintf("%s/v1/records/%s/proof", c.String("gateway"), h.Hex())
	} else {
		dev, err := parseAddress("--device", c.String("device"))
		if err != nil {
			return nil, err
		}
		u = fmt.Sprintf("%s/v1/proofs/%s/%d/%d", c.String("gateway"), dev.Hex(), c.Uint64("sequence"), c.Uint("index"))
	}
	req, err := http.NewRequestWithContext(c.Context, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	var raw json.RawMessage
	if err := doGateway(req, &raw); err != nil {
		return nil, err
	}
	if path := c.String("save"); path != "" {
		var pretty bytes.Buffer
		_ = json.Indent(&pretty, raw, "", "  ")
		if err := os.WriteFile(path, append(pretty.Bytes(), '\n'), 0o600); err != nil {
			return nil, err
		}
	}
	return raw, nil
}

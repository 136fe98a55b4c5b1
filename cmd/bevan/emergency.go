package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// maxReason bounds an emergency access reason, in bytes.
const maxReason = 4096

func emergencyCommand() *cli.Command {
	return &cli.Command{
		Name:  "emergency",
		Usage: "break-glass access to a patient's records by an emergency responder (an audit record; grants no consent)",
		Subcommands: []*cli.Command{
			{
				Name:  "access",
				Usage: "record emergency access to a patient's records, with a salted commitment to the stated reason",
				Description: "The reason is read from a prompt on the terminal, from --reason-file, or from standard input — never\n" +
					"from the command line, where shell history and ps would keep it. Only keccak256(salt ‖ reason), with a\n" +
					"fresh 32-byte random salt, is sent and recorded, so the reason cannot be guessed from the chain. A local\n" +
					"audit receipt (reason, salt, transaction; mode 0600, default $BEVAN_HOME/receipts/emergency-reason/) proves\n" +
					"the hash to an investigator later: `bevan emergency verify RECEIPT`. Only wallets holding\n" +
					"ConsentRegistry's EMERGENCY_ROLE may record emergency access.",
				Flags: append(chainFlags(true),
					&cli.StringFlag{Name: "patient", Usage: "the patient's address", Required: true},
					&cli.StringFlag{Name: "reason-file", Usage: "file holding the reason (\"-\": standard input); default: prompt on the terminal, else standard input"},
					&cli.StringFlag{Name: "receipt", Usage: "where to write the audit receipt (default: $BEVAN_HOME/receipts/emergency-reason/<hash>.json)"},
				),
				Action: emergencyAccess,
			},
			{
				Name:      "verify",
				Usage:     "prove an emergency access receipt against the chain: its reason and salt give the recorded hash",
				ArgsUsage: "RECEIPT",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8545", Usage: "JSON-RPC URL of the chain", EnvVars: []string{"BEVAN_RPC"}},
					&cli.StringFlag{Name: "deployments", Value: "deployments", Usage: "directory of the deployment manifests", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
					&cli.BoolFlag{Name: "json", Usage: "print JSON"},
				},
				Action: emergencyVerify,
			},
		},
	}
}

type emergencyJSON struct {
	txResult
	Patient    common.Address `json:"patient"`
	Accessor   common.Address `json:"accessor"`
	ReasonHash common.Hash    `json:"reasonHash"`
	Receipt    string         `json:"receipt"`
}

// readReason reads the emergency access reason from --reason-file, a prompt on the terminal, or standard input.
func readReason(c *cli.Context) (string, error) {
	var raw []byte
	var err error
	switch f := c.String("reason-file"); {
	case f != "":
		raw, err = readInput(c, f, maxReason+1)
	default:
		if in, ok := c.App.Reader.(*os.File); ok && term.IsTerminal(int(in.Fd())) {
			fmt.Fprint(c.App.ErrWriter, "Reason for emergency access (one line; only its salted hash leaves this machine): ")
			line, rerr := bufio.NewReader(io.LimitReader(in, maxReason+1)).ReadString('\n')
			if rerr != nil && !errors.Is(rerr, io.EOF) {
				err = rerr
			}
			raw = []byte(line)
		} else {
			raw, err = io.ReadAll(io.LimitReader(c.App.Reader, maxReason+1))
		}
	}
	if err != nil {
		return "", fmt.Errorf("read the reason: %w", err)
	}
	if len(raw) > maxReason {
		return "", fmt.Errorf("the reason is longer than %d bytes", maxReason)
	}
	if !utf8.Valid(raw) {
		return "", errors.New("the reason is not UTF-8 text")
	}
	reason := strings.TrimSpace(string(raw))
	if reason == "" {
		return "", errors.New("emergency access: state the reason (prompt, --reason-file or standard input); only its salted hash is recorded")
	}
	return reason, nil
}

// readInput reads up to limit bytes of a file, or of standard input for "-": how commands take what must not be in
// argv (reasons, tokens).
func readInput(c *cli.Context, path string, limit int64) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(io.LimitReader(c.App.Reader, limit))
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return io.ReadAll(io.LimitReader(fh, limit))
}

func emergencyAccess(c *cli.Context) error {
	patient, err := parseAddress("--patient", c.String("patient"))
	if err != nil {
		return err
	}
	reason, err := readReason(c)
	if err != nil {
		return err
	}
	salt, reasonHash, err := commitment.New([]byte(reason))
	if err != nil {
		return err
	}
	e, from, err := openSigner(c)
	if err != nil {
		return err
	}
	defer e.Close()
	rec := &commitReceipt{Version: 1, Kind: receiptEmergency, Commitment: reasonHash, Salt: salt, Reason: reason,
		ChainID: e.m.ChainID, Contract: e.m.ConsentsAddress(), Patient: patient, Actor: from, Created: time.Now().UTC()}
	path, err := receiptPath(c, "receipt", rec)
	if err != nil {
		return err
	}
	if err := writeReceipt(path, rec); err != nil { // before sending: the salt must outlive a crash
		return err
	}
	st, err := e.call("emergency access", e.m.ConsentsAddress(), bindings.ConsentRegistryMetaData, "recordEmergencyAccess", patient, reasonHash)
	if err != nil {
		return err
	}
	rec.RequestID = st.ID
	if st.TxHash != nil {
		rec.TxHash, rec.Block = *st.TxHash, st.Block
	}
	if err := writeReceipt(path, rec); err != nil {
		return err
	}
	out := emergencyJSON{e.resultOf(st), patient, from, reasonHash, path}
	return printResult(c, out, func(w io.Writer) error {
		if st.Status != api.StateMined {
			_, err := fmt.Fprintf(w, "emergency access accepted (request %s); not waiting\n  receipt %s\n", st.ID.Hex(), path)
			return err
		}
		_, err := fmt.Fprintf(w, "emergency access to %s recorded by %s\n  reason hash %s (salted)\n  receipt %s\n  tx %s (block %d)\n",
			patient.Hex(), from.Hex(), reasonHash.Hex(), path, st.TxHash.Hex(), st.Block)
		return err
	})
}

type emergencyVerifyJSON struct {
	Verified   bool           `json:"verified"`
	Patient    common.Address `json:"patient"`
	Accessor   common.Address `json:"accessor"`
	ReasonHash common.Hash    `json:"reasonHash"`
	TxHash     common.Hash    `json:"txHash"`
	Block      uint64         `json:"block"`
	At         time.Time      `json:"at"`
}

// emergencyVerify proves a receipt: its reason and salt give its hash, and the receipt's transaction emitted
// EmergencyAccess(patient, accessor, that hash) at the deployment's ConsentRegistry.
func emergencyVerify(c *cli.Context) error {
	path, err := oneArg(c, "RECEIPT")
	if err != nil {
		return err
	}
	r, err := readReceipt(path, func(r *commitReceipt) ([]byte, error) {
		if r.Kind != receiptEmergency {
			return nil, fmt.Errorf("receipt %s is a %s receipt, not an emergency access one", path, r.Kind)
		}
		return []byte(r.Reason), nil
	})
	if err != nil {
		return err
	}
	if r.TxHash == (common.Hash{}) {
		return fmt.Errorf("receipt %s names no transaction (sent with --no-wait, or it failed): request %s", path, r.RequestID.Hex())
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	if e.m.ChainID != r.ChainID {
		return fmt.Errorf("receipt is for chain %d, the RPC serves chain %d", r.ChainID, e.m.ChainID)
	}
	if e.m.ConsentsAddress() != r.Contract {
		return fmt.Errorf("receipt names ConsentRegistry %s, the deployment manifest %s", r.Contract, e.m.ConsentsAddress())
	}
	client := e.eth
	rcpt, err := client.TransactionReceipt(c.Context, r.TxHash)
	if err != nil {
		return fmt.Errorf("transaction %s: %w", r.TxHash.Hex(), err)
	}
	f, err := bindings.NewConsentRegistryFilterer(r.Contract, client)
	if err != nil {
		return err
	}
	for _, l := range rcpt.Logs {
		if l.Address != r.Contract {
			continue
		}
		ev, err := f.ParseEmergencyAccess(*l)
		if err != nil || ev.ReasonHash != r.Commitment || ev.Patient != r.Patient || ev.Accessor != r.Actor {
			continue
		}
		out := emergencyVerifyJSON{true, ev.Patient, ev.Accessor, r.Commitment, r.TxHash, rcpt.BlockNumber.Uint64(),
			time.Unix(int64(ev.At.Uint64()), 0).UTC()}
		return printResult(c, out, func(w io.Writer) error {
			_, err := fmt.Fprintf(w, "verified: the receipt's reason and salt give %s, recorded on chain as emergency access to %s by %s at %s (tx %s, block %d)\n",
				out.ReasonHash.Hex(), out.Patient.Hex(), out.Accessor.Hex(), out.At.Format(time.RFC3339), out.TxHash.Hex(), out.Block)
			return err
		})
	}
	return fmt.Errorf("transaction %s recorded no emergency access with the receipt's hash %s, patient and accessor", r.TxHash.Hex(), r.Commitment.Hex())
}

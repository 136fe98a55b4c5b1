package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/bevan-health/bevan/bindings"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
)

func emergencyCommand() *cli.Command {
	return &cli.Command{
		Name:  "emergency",
		Usage: "break-glass access to a patient's records by an emergency responder (an audit record; grants no consent)",
		Subcommands: []*cli.Command{
			{
				Name:  "access",
				Usage: "record emergency access to a patient's records, with the keccak256 hash of the stated reason",
				Description: "The reason is hashed locally (keccak256 of its UTF-8 bytes); only the hash is sent, recorded and\n" +
					"printed. Keep the reason in your own clinical record: its hash proves it later. Only wallets holding\n" +
					"ConsentRegistry's EMERGENCY_ROLE may record emergency access.",
				Flags: append(chainFlags(true),
					&cli.StringFlag{Name: "patient", Usage: "the patient's address", Required: true},
					&cli.StringFlag{Name: "reason", Usage: "why (hashed locally; never sent, stored or logged)", Required: true},
				),
				Action: emergencyAccess,
			},
		},
	}
}

type emergencyJSON struct {
	txResult
	Patient    common.Address `json:"patient"`
	Accessor   common.Address `json:"accessor"`
	ReasonHash common.Hash    `json:"reasonHash"`
}

func emergencyAccess(c *cli.Context) error {
	patient, err := parseAddress("--patient", c.String("patient"))
	if err != nil {
		return err
	}
	reason := c.String("reason")
	if strings.TrimSpace(reason) == "" {
		return errors.New("--reason must state why (only its hash is recorded)")
	}
	reasonHash := crypto.Keccak256Hash([]byte(reason))
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	key, acct, err := unlockWallet(c)
	if err != nil {
		return err
	}
	a, err := mustABI(bindings.ConsentRegistryMetaData)
	if err != nil {
		return err
	}
	data, err := a.Pack("recordEmergencyAccess", patient, reasonHash)
	if err != nil {
		return fmt.Errorf("pack recordEmergencyAccess: %w", err)
	}
	st, err := e.send(key, "emergency access", e.m.ConsentsAddress(), data)
	if err != nil {
		return err
	}
	out := emergencyJSON{e.resultOf(st), patient, acct.Address, reasonHash}
	return printResult(c, out, func(w io.Writer) error {
		if st.Status != "mined" {
			_, err := fmt.Fprintf(w, "emergency access accepted (request %s); not waiting\n", st.ID.Hex())
			return err
		}
		_, err := fmt.Fprintf(w, "emergency access to %s recorded by %s\n  reason hash %s\n  tx %s (block %d)\n",
			patient.Hex(), acct.Address.Hex(), reasonHash.Hex(), st.TxHash.Hex(), st.Block)
		return err
	})
}

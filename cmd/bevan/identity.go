package main

import (
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/identity"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// maxToken bounds an ID token, in bytes.
const maxToken = 64 << 10

func identityCommand() *cli.Command {
	return &cli.Command{
		Name:  "identity",
		Usage: "verified wallets: attest a wallet from an NHS login ID token (attesters), show a wallet's verification",
		Subcommands: []*cli.Command{
			{
				Name:  "attest",
				Usage: "verify a person's OIDC ID token and attest their wallet in IdentityRegistry through the relayer",
				Description: "Run by an identity attester (a wallet holding IdentityRegistry's IDENTITY_ATTESTER_ROLE). The ID token is\n" +
					"read from --token-file (\"-\": standard input), never from the command line: it is personal data. It is\n" +
					"verified with the provider's JWKS (signature), issuer, audience (--client-id), expiry, nonce and its\n" +
					"identity_proofing_level claim (at least --min-level); a token that fails any check is refused and nothing is\n" +
					"sent. Only the wallet, the level, the expiry and a keyed commitment to the person (HMAC-SHA256 under the\n" +
					"attester's secret, --secret-file) go on chain. See docs/identity.md.",
				Flags: append(chainFlags(true),
					&cli.StringFlag{Name: "patient", Usage: "the wallet to attest (the person's)", Required: true},
					&cli.StringFlag{Name: "token-file", Usage: "file holding the ID token (\"-\": standard input)", Required: true},
					&cli.StringFlag{Name: "issuer", Usage: "the identity provider's issuer URL (its discovery document is fetched)", Required: true, EnvVars: []string{"BEVAN_OIDC_ISSUER"}},
					&cli.StringFlag{Name: "client-id", Usage: "the attester's client id at the provider: the audience the token must name", Required: true, EnvVars: []string{"BEVAN_OIDC_CLIENT_ID"}},
					&cli.StringFlag{Name: "nonce", Usage: "the nonce the attester sent in the authentication request", Required: true},
					&cli.StringFlag{Name: "min-level", Value: "P9", Usage: "the lowest identity level accepted: P0, P5 or P9"},
					&cli.StringFlag{Name: "secret-file", Usage: "file holding the attester's secret (0x and 64 hex digits, 32 random bytes)", Required: true, EnvVars: []string{"BEVAN_ATTESTER_SECRET_FILE"}},
					&cli.StringFlag{Name: "validity", Value: "365d", Usage: "how long the attestation lasts from now (at most 730d)"},
				),
				Action: identityAttest,
			},
			{
				Name:      "show",
				Usage:     "show a wallet's identity attestation and whether it verifies now",
				ArgsUsage: "ADDRESS",
				Flags:     append(chainFlags(false), &cli.StringFlag{Name: "min-level", Value: "P0", Usage: "the level `verified` is answered for"}),
				Action:    identityShow,
			},
			identityRecoverCommand(),
		},
	}
}

type identityAttestJSON struct {
	txResult
	Wallet     common.Address `json:"wallet"`
	Level      string         `json:"level"`
	ExpiresAt  uint64         `json:"expiresAt"`
	Commitment common.Hash    `json:"commitment"`
}

// readAttesterSecret reads the attester's secret: 0x and 64 hex digits, not all zero.
func readAttesterSecret(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--secret-file: %w", err)
	}
	s, err := commitment.ParseSalt(strings.TrimSpace(string(raw)))
	if err == nil {
		err = s.Check()
	}
	if err != nil {
		return nil, fmt.Errorf("--secret-file %s: want 0x and 64 hex digits of 32 random bytes", path)
	}
	return s[:], nil
}

func identityAttest(c *cli.Context) error {
	f := flagReader{c: c}
	wallet, minLevel := f.address("patient"), f.level("min-level")
	if f.err != nil {
		return f.err
	}
	validity, err := parseDays(c.String("validity"))
	if err != nil || validity <= 0 || validity > 730*24*time.Hour {
		return fmt.Errorf("--validity %q: want a duration up to 730d, such as 365d", c.String("validity"))
	}
	secret, err := readAttesterSecret(c.String("secret-file"))
	if err != nil {
		return err
	}
	token, err := readInput(c, c.String("token-file"), maxToken+1)
	if err != nil {
		return fmt.Errorf("read the ID token: %w", err)
	}
	if len(token) > maxToken {
		return fmt.Errorf("the ID token is longer than %d bytes", maxToken)
	}
	// Every check of the token comes before the chain and the relayer are reached: a refused token sends nothing.
	v, err := identity.NewVerifier(c.Context, identity.Config{Issuer: c.String("issuer"), ClientID: c.String("client-id"), MinLevel: minLevel})
	if err != nil {
		return err
	}
	verified, err := v.Verify(c.Context, string(token), c.String("nonce"))
	if err != nil {
		return err
	}
	person, err := verified.Commitment(secret)
	if err != nil {
		return err
	}
	e, from, err := openSigner(c)
	if err != nil {
		return err
	}
	defer e.Close()
	head, err := e.eth.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("chain head: %w", err)
	}
	expiresAt := head.Time + uint64(validity/time.Second)
	st, err := e.call("identity attest", e.m.IdentitiesAddress(), bindings.IdentityRegistryMetaData, "attest",
		wallet, uint8(verified.Level), new(big.Int).SetUint64(expiresAt), person)
	if err != nil {
		return err
	}
	out := identityAttestJSON{e.resultOf(st), wallet, verified.Level.String(), expiresAt, person}
	return e.report("identity attestation", st, out, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "wallet %s attested at %s by %s until %s\n  tx %s (block %d)\n", wallet.Hex(), verified.Level,
			from.Hex(), unixTime(expiresAt), st.TxHash.Hex(), st.Block)
		return err
	})
}

type identityShowJSON struct {
	Wallet     common.Address `json:"wallet"`
	Attested   bool           `json:"attested"`
	Verified   bool           `json:"verified"`
	MinLevel   string         `json:"minLevel"`
	Level      string         `json:"level,omitempty"`
	Attester   common.Address `json:"attester"`
	AttestedAt uint64         `json:"attestedAt,omitempty"`
	ExpiresAt  uint64         `json:"expiresAt,omitempty"`
	Commitment common.Hash    `json:"commitment"`
}

// walletIdentity reads a wallet's attestation, and whether it verifies at minLevel now, from the chain.
func walletIdentity(e *chainEnv, wallet common.Address, minLevel identity.Level) (*identityShowJSON, error) {
	reg, err := bindings.NewIdentityRegistryCaller(e.m.IdentitiesAddress(), e.eth)
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: e.c.Context}
	id, err := reg.IdentityOf(opts, wallet)
	if err != nil {
		return nil, fmt.Errorf("read the attestation of %s: %w", wallet.Hex(), err)
	}
	ok, err := reg.IsVerified(opts, wallet, uint8(minLevel))
	if err != nil {
		return nil, fmt.Errorf("read the verification of %s: %w", wallet.Hex(), err)
	}
	out := &identityShowJSON{Wallet: wallet, Attested: id.AttestedAt.Sign() > 0, Verified: ok, MinLevel: minLevel.String(),
		Attester: id.Attester, AttestedAt: id.AttestedAt.Uint64(), ExpiresAt: id.ExpiresAt.Uint64(), Commitment: id.Commitment}
	if out.Attested {
		out.Level = identity.Level(id.Level).String()
	}
	return out, nil
}

func identityShow(c *cli.Context) error {
	wallet, err := addressArg(c, "ADDRESS", "ADDRESS")
	if err != nil {
		return err
	}
	minLevel, err := identity.ParseLevel(c.String("min-level"))
	if err != nil {
		return fmt.Errorf("--min-level: %w", err)
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	out, err := walletIdentity(e, wallet, minLevel)
	if err != nil {
		return err
	}
	return printResult(c, out, func(w io.Writer) error {
		if !out.Attested {
			_, err := fmt.Fprintf(w, "%s: not verified (no identity attestation)\n", wallet.Hex())
			return err
		}
		state := "verified"
		if !out.Verified {
			state = "NOT verified at " + out.MinLevel + " (expired, below the level, or the attester's role was revoked)"
		}
		_, err := fmt.Fprintf(w, "%s: %s\n  level %s, attested %s by %s, expires %s\n", wallet.Hex(), state, out.Level,
			unixTime(out.AttestedAt), out.Attester.Hex(), unixTime(out.ExpiresAt))
		return err
	})
}

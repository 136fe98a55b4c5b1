package main

import (
	"bufio"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// walletFlags are shared by the wallet subcommands.
func walletFlags(withPassword bool) []cli.Flag {
	fs := []cli.Flag{
		&cli.StringFlag{Name: "keystore", Usage: "keystore directory (default: $BEVAN_HOME/keystore, BEVAN_HOME defaulting to ~/.bevan)", EnvVars: []string{"BEVAN_KEYSTORE"}},
		&cli.BoolFlag{Name: "json", Usage: "print JSON"},
	}
	if withPassword {
		fs = append(fs,
			&cli.StringFlag{Name: "password-file", Usage: "file holding the wallet password (trailing newline ignored); default: prompt"},
			&cli.StringFlag{Name: "password-env", Usage: "name of an environment variable holding the wallet password; default: prompt"},
		)
	}
	return fs
}

func kdfFlag() cli.Flag {
	return &cli.BoolFlag{Name: "light-kdf", Usage: "weaker, faster scrypt parameters (tests and throw-away wallets only)"}
}

func walletCommand() *cli.Command {
	return &cli.Command{
		Name:  "wallet",
		Usage: "manage the go-ethereum keystore wallets that sign your Bevan requests (scrypt-encrypted)",
		Description: "Wallets are go-ethereum keystore (V3) files, encrypted with scrypt, in $BEVAN_HOME/keystore.\n" +
			"The password comes from an interactive prompt (no echo), --password-file or the environment\n" +
			"variable named by --password-env; it is never printed or logged. A wallet never needs gas: the\n" +
			"relayer pays.",
		Subcommands: []*cli.Command{
			{
				Name:   "new",
				Usage:  "create a wallet with a new random key",
				Flags:  append(walletFlags(true), kdfFlag()),
				Action: walletNew,
			},
			{
				Name:      "import",
				Usage:     "import a hex private key from a file or standard input (never from the command line)",
				ArgsUsage: " ",
				Flags: append(walletFlags(true), kdfFlag(),
					&cli.StringFlag{Name: "key-file", Usage: "file holding the hex private key; default or -: standard input"}),
				Action: walletImport,
			},
			{
				Name:   "list",
				Usage:  "list the wallets in the keystore",
				Flags:  walletFlags(false),
				Action: walletList,
			},
			{
				Name:  "address",
				Usage: "print the address of the wallet Bevan signs with (--wallet, or the keystore's only wallet)",
				Flags: append(walletFlags(true), walletSelectFlag(),
					&cli.BoolFlag{Name: "check", Usage: "also decrypt the wallet to check the password"}),
				Action: walletAddress,
			},
		},
	}
}

// walletSelectFlag chooses a wallet by address; commands that sign take it too.
func walletSelectFlag() cli.Flag {
	return &cli.StringFlag{Name: "wallet", Usage: "address of the wallet to use (default: the keystore's only wallet)", EnvVars: []string{"BEVAN_WALLET"}}
}

// keystoreDir is --keystore, or $BEVAN_HOME/keystore with BEVAN_HOME defaulting to ~/.bevan.
func keystoreDir(c *cli.Context) (string, error) {
	if d := c.String("keystore"); d != "" {
		return d, nil
	}
	home := os.Getenv("BEVAN_HOME")
	if home == "" {
		u, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("keystore directory: set --keystore or BEVAN_HOME: %w", err)
		}
		home = filepath.Join(u, ".bevan")
	}
	return filepath.Join(home, "keystore"), nil
}

// openKeystore opens the keystore directory, creating it (mode 0700) when create is set.
func openKeystore(c *cli.Context, create bool) (*keystore.KeyStore, string, error) {
	dir, err := keystoreDir(c)
	if err != nil {
		return nil, "", err
	}
	if create {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, "", fmt.Errorf("create keystore directory: %w", err)
		}
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if c.Bool("light-kdf") {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	return keystore.NewKeyStore(dir, n, p), dir, nil
}

// walletPassword reads the password from --password-file, the variable --password-env names, or a prompt on the
// terminal (twice when confirm is set). It is returned, never printed.
func walletPassword(c *cli.Context, confirm bool) (string, error) {
	if f := c.String("password-file"); f != "" {
		raw, err := os.ReadFile(f)
		if err != nil {
			return "", fmt.Errorf("read password file: %w", err)
		}
		pw := strings.TrimRight(string(raw), "\r\n")
		if pw == "" {
			return "", fmt.Errorf("password file %s is empty", f)
		}
		return pw, nil
	}
	if name := c.String("password-env"); name != "" {
		pw, ok := os.LookupEnv(name)
		if !ok || pw == "" {
			return "", fmt.Errorf("password: environment variable %s is not set or empty", name)
		}
		return pw, nil
	}
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return "", errors.New("password: no terminal to prompt on; give --password-file or --password-env")
	}
	defer tty.Close()
	ask := func(prompt string) (string, error) {
		fmt.Fprint(tty, prompt)
		b, err := term.ReadPassword(int(tty.Fd()))
		fmt.Fprintln(tty)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		return string(b), nil
	}
	pw, err := ask("Wallet password: ")
	if err != nil {
		return "", err
	}
	if pw == "" {
		return "", errors.New("password must not be empty")
	}
	if confirm {
		again, err := ask("Repeat password: ")
		if err != nil {
			return "", err
		}
		if again != pw {
			return "", errors.New("passwords do not match")
		}
	}
	return pw, nil
}

type walletJSON struct {
	Address common.Address `json:"address"`
	Path    string         `json:"path"`
}

func printWallet(c *cli.Context, a accounts.Account, verb string) error {
	if c.Bool("json") {
		return json.NewEncoder(c.App.Writer).Encode(walletJSON{a.Address, a.URL.Path})
	}
	_, err := fmt.Fprintf(c.App.Writer, "%s wallet %s\nkeystore file %s\n", verb, a.Address.Hex(), a.URL.Path)
	return err
}

func walletNew(c *cli.Context) error {
	ks, _, err := openKeystore(c, true)
	if err != nil {
		return err
	}
	pw, err := walletPassword(c, true)
	if err != nil {
		return err
	}
	a, err := ks.NewAccount(pw)
	if err != nil {
		return fmt.Errorf("create wallet: %w", err)
	}
	return printWallet(c, a, "created")
}

func walletImport(c *cli.Context) error {
	if c.NArg() > 0 {
		return errors.New("import takes no arguments: give the key in a file (--key-file) or on standard input, never on the command line")
	}
	key, err := readHexKey(c)
	if err != nil {
		return err
	}
	ks, dir, err := openKeystore(c, true)
	if err != nil {
		return err
	}
	pw, err := walletPassword(c, true)
	if err != nil {
		return err
	}
	a, err := ks.ImportECDSA(key, pw)
	if errors.Is(err, keystore.ErrAccountAlreadyExists) {
		return fmt.Errorf("wallet %s is already in %s", crypto.PubkeyToAddress(key.PublicKey).Hex(), dir)
	}
	if err != nil {
		return fmt.Errorf("import wallet: %w", err)
	}
	return printWallet(c, a, "imported")
}

// readHexKey reads a hex private key from --key-file or standard input (without echo on a terminal). Errors never
// quote the input.
func readHexKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	var raw []byte
	switch f := c.String("key-file"); f {
	case "", "-":
		if in, ok := c.App.Reader.(*os.File); ok && term.IsTerminal(int(in.Fd())) {
			fmt.Fprint(c.App.ErrWriter, "Private key (hex): ")
			b, err := term.ReadPassword(int(in.Fd()))
			fmt.Fprintln(c.App.ErrWriter)
			if err != nil {
				return nil, fmt.Errorf("read private key: %w", err)
			}
			raw = b
		} else {
			line, err := bufio.NewReader(c.App.Reader).ReadString('\n')
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, fmt.Errorf("read private key from standard input: %w", err)
			}
			raw = []byte(line)
		}
	default:
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read key file: %w", err)
		}
		raw = b
	}
	defer clear(raw)
	s := strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x")
	b, err := hex.DecodeString(s)
	defer clear(b)
	if err != nil || len(b) != 32 {
		return nil, errors.New("private key: want 32 bytes as 64 hex digits (optionally 0x-prefixed)")
	}
	k, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, errors.New("private key: not a valid secp256k1 key")
	}
	return k, nil
}

func walletList(c *cli.Context) error {
	ks, dir, err := openKeystore(c, false)
	if err != nil {
		return err
	}
	accts := ks.Accounts()
	if c.Bool("json") {
		out := make([]walletJSON, 0, len(accts))
		for _, a := range accts {
			out = append(out, walletJSON{a.Address, a.URL.Path})
		}
		return json.NewEncoder(c.App.Writer).Encode(out)
	}
	if len(accts) == 0 {
		_, err := fmt.Fprintf(c.App.Writer, "no wallets in %s (create one with `bevan wallet new`)\n", dir)
		return err
	}
	for _, a := range accts {
		if _, err := fmt.Fprintf(c.App.Writer, "%s  %s\n", a.Address.Hex(), a.URL.Path); err != nil {
			return err
		}
	}
	return nil
}

// selectWallet returns the wallet --wallet names, or the keystore's only wallet.
func selectWallet(c *cli.Context, ks *keystore.KeyStore, dir string) (accounts.Account, error) {
	if w := c.String("wallet"); w != "" {
		if !common.IsHexAddress(w) {
			return accounts.Account{}, fmt.Errorf("--wallet %q is not an address", w)
		}
		a, err := ks.Find(accounts.Account{Address: common.HexToAddress(w)})
		if err != nil {
			return accounts.Account{}, fmt.Errorf("wallet %s is not in %s: %w", w, dir, err)
		}
		return a, nil
	}
	accts := ks.Accounts()
	switch len(accts) {
	case 0:
		return accounts.Account{}, fmt.Errorf("no wallets in %s: create one with `bevan wallet new` or `bevan wallet import`", dir)
	case 1:
		return accts[0], nil
	default:
		addrs := make([]string, len(accts))
		for i, a := range accts {
			addrs[i] = a.Address.Hex()
		}
		return accounts.Account{}, fmt.Errorf("%d wallets in %s (%s): choose one with --wallet or BEVAN_WALLET", len(accts), dir, strings.Join(addrs, ", "))
	}
}

// unlockWallet selects the wallet (--wallet) and decrypts its key with the password (--password-file,
// --password-env or a prompt). Commands that sign use it.
func unlockWallet(c *cli.Context) (*ecdsa.PrivateKey, accounts.Account, error) {
	ks, dir, err := openKeystore(c, false)
	if err != nil {
		return nil, accounts.Account{}, err
	}
	a, err := selectWallet(c, ks, dir)
	if err != nil {
		return nil, accounts.Account{}, err
	}
	raw, err := os.ReadFile(a.URL.Path)
	if err != nil {
		return nil, accounts.Account{}, fmt.Errorf("read wallet: %w", err)
	}
	pw, err := walletPassword(c, false)
	if err != nil {
		return nil, accounts.Account{}, err
	}
	k, err := keystore.DecryptKey(raw, pw)
	if err != nil {
		return nil, accounts.Account{}, fmt.Errorf("unlock wallet %s: %w", a.Address.Hex(), err)
	}
	return k.PrivateKey, a, nil
}

func walletAddress(c *cli.Context) error {
	var a accounts.Account
	if c.Bool("check") {
		_, acct, err := unlockWallet(c)
		if err != nil {
			return err
		}
		a = acct
	} else {
		ks, dir, err := openKeystore(c, false)
		if err != nil {
			return err
		}
		if a, err = selectWallet(c, ks, dir); err != nil {
			return err
		}
	}
	if c.Bool("json") {
		return json.NewEncoder(c.App.Writer).Encode(walletJSON{a.Address, a.URL.Path})
	}
	_, err := fmt.Fprintln(c.App.Writer, a.Address.Hex())
	return err
}

// Command bindgen generates Bevan's Go bindings (package bindings) from forge's build artifacts with go-ethereum's
// abigen library (the op-geth-replaced go-ethereum of go.mod, so bindings and the rest of Bevan share one version).
//
// Usage (from the repository root, after `forge build`): go run ./scripts/bindgen -out out -dir bindings
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// contracts are the deployable contracts apps and Bevan's services bind to.
var contracts = []string{
	"BevanForwarder",
	"BevanTimelock",
	"BevanGovernor",
	"Membership",
	"ConsentRegistry",
	"RecordAnchor",
	"DeviceRegistry",
	"KeyRecovery",
	"DataAccess",
	"IdentityRegistry",
}

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
}

func main() {
	outDir := flag.String("out", "out", "forge artifacts directory")
	dir := flag.String("dir", "bindings", "directory to write the bindings to")
	flag.Parse()
	if err := run(*outDir, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "bindgen:", err)
		os.Exit(1)
	}
}

func run(outDir, dir string) error {
	for _, name := range contracts {
		path := filepath.Join(outDir, name+".sol", name+".json")
		raw, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read artifact (run forge build first): %w", err)
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return fmt.Errorf("parse %s: %w", path, err)
		}
		code, err := abigen.Bind([]string{name}, []string{string(a.ABI)}, []string{a.Bytecode.Object},
			nil, "bindings", nil, nil)
		if err != nil {
			return fmt.Errorf("bind %s: %w", name, err)
		}
		file := filepath.Join(dir, strings.ToLower(name)+".go")
		if err := os.WriteFile(file, []byte(code), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", file, err)
		}
	}
	return nil
}

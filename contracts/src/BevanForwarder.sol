// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

/// @title BevanForwarder
/// @notice OpenZeppelin's ERC-2771 forwarder, named "Bevan Forwarder" (its EIP-712 domain name). NHS wallets sign
/// ForwardRequests; Bevan's relayer submits them and pays the gas; the Bevan contracts trust only this forwarder.
contract BevanForwarder is ERC2771Forwarder {
    constructor() ERC2771Forwarder("Bevan Forwarder") {}
}

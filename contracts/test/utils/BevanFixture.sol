// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "./Test.sol";
import {BevanForwarder} from "../../src/BevanForwarder.sol";
import {BevanTimelock} from "../../src/BevanTimelock.sol";
import {BevanGovernor} from "../../src/BevanGovernor.sol";
import {Membership} from "../../src/Membership.sol";
import {ConsentRegistry} from "../../src/ConsentRegistry.sol";
import {RecordAnchor} from "../../src/RecordAnchor.sol";
import {IdentityRegistry} from "../../src/IdentityRegistry.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC5192} from "../../src/interfaces/IERC5192.sol";

/// @dev Deploys the whole Bevan suite the way `bevan deploy` does: the test contract is the bootstrap admin of the
/// timelock and hands every role over before any test runs.
abstract contract BevanFixture is Test {
    uint256 internal constant VOTING_DELAY = 1; // blocks
    uint32 internal constant VOTING_PERIOD = 50; // blocks
    uint256 internal constant QUORUM_PERCENT = 50;
    uint256 internal constant TIMELOCK_DELAY = 1 hours;

    // Well-known private keys so tests can sign EIP-712 messages.
    uint256 internal constant PATIENT_KEY = 0xA11CE;
    uint256 internal constant GUARDIAN_KEY = 0xB0B;
    uint256 internal constant MEMBER1_KEY = 0x1001;
    uint256 internal constant MEMBER2_KEY = 0x1002;
    uint256 internal constant MEMBER3_KEY = 0x1003;

    address internal patient;
    address internal guardian;
    address internal member1; // an NHS trust
    address internal member2; // a GP practice
    address internal member3; // a local authority
    address internal constant GRANTEE = address(0xCA7E); // a care agency
    address internal constant CUSTODIAN = address(0xC057);
    address internal constant RESPONDER = address(0x911);
    address internal constant RELAYER = address(0x4E1A);
    uint256 internal constant ATTESTER_KEY = 0xA77E5;
    address internal attester; // an identity attester service (IDENTITY_ATTESTER_ROLE)
    uint256 internal constant STRANGER_KEY = 0x57A2;
    address internal stranger; // holds no role and no membership

    BevanForwarder internal forwarder;
    BevanTimelock internal timelock;
    BevanGovernor internal governor;
    Membership internal membership;
    ConsentRegistry internal consents;
    RecordAnchor internal anchors;
    IdentityRegistry internal identities;

    function setUp() public virtual {
        patient = vm.addr(PATIENT_KEY);
        guardian = vm.addr(GUARDIAN_KEY);
        member1 = vm.addr(MEMBER1_KEY);
        member2 = vm.addr(MEMBER2_KEY);
        member3 = vm.addr(MEMBER3_KEY);
        stranger = vm.addr(STRANGER_KEY);
        attester = vm.addr(ATTESTER_KEY);
        vm.warp(1_750_000_000);
        vm.roll(100);

        forwarder = new BevanForwarder();
        timelock = new BevanTimelock(TIMELOCK_DELAY, address(this));

        Membership.InitialMember[] memory founders = new Membership.InitialMember[](3);
        founders[0] = Membership.InitialMember(member1, "RJ1", Membership.Kind.NhsTrust);
        founders[1] = Membership.InitialMember(member2, "A81001", Membership.Kind.GpPractice);
        founders[2] = Membership.InitialMember(member3, "E09000", Membership.Kind.LocalAuthority);
        membership = new Membership(address(timelock), founders);

        governor = new BevanGovernor(
            membership, timelock, address(forwarder), uint48(VOTING_DELAY), VOTING_PERIOD, QUORUM_PERCENT
        );

        address[] memory responders = new address[](1);
        responders[0] = RESPONDER;
        consents = new ConsentRegistry(address(forwarder), address(timelock), responders);

        address[] memory custodians = new address[](1);
        custodians[0] = CUSTODIAN;
        anchors = new RecordAnchor(address(forwarder), address(timelock), custodians);

        address[] memory attesters = new address[](1);
        attesters[0] = attester;
        identities = new IdentityRegistry(address(forwarder), address(timelock), attesters);

        // Bootstrap hand-over: the governor proposes and cancels, anyone executes, the deployer keeps nothing.
        timelock.grantRole(timelock.PROPOSER_ROLE(), address(governor));
        timelock.grantRole(timelock.CANCELLER_ROLE(), address(governor));
        timelock.grantRole(timelock.EXECUTOR_ROLE(), address(0));
        timelock.renounceRole(timelock.DEFAULT_ADMIN_ROLE(), address(this));

        vm.roll(101); // founders' votes are checkpointed in the past from here on
    }

    /// @dev The DAO's timelock grants `role` on `target` to `account`, which it returns.
    function _grantByDao(address target, bytes32 role, address account) internal returns (address) {
        vm.prank(address(timelock));
        IAccessControl(target).grantRole(role, account);
        return account;
    }

    /// @dev `token` declares the interfaces of a soulbound ERC-721: ERC-5192 (by id and by type), ERC-721 and its
    /// metadata extension, and ERC-165.
    function _assertSoulbound721(IERC165 token) internal view {
        assertTrue(token.supportsInterface(0xb45a3c0e), "ERC-5192");
        assertTrue(token.supportsInterface(type(IERC5192).interfaceId), "ERC-5192 by type");
        assertTrue(token.supportsInterface(0x80ac58cd), "ERC-721");
        assertTrue(token.supportsInterface(0x5b5e139f), "ERC-721 metadata");
        assertTrue(token.supportsInterface(0x01ffc9a7), "ERC-165");
    }

    bytes32 internal constant FORWARD_REQUEST_TYPEHASH = keccak256(
        "ForwardRequest(address from,address to,uint256 value,uint256 gas,uint256 nonce,uint48 deadline,bytes data)"
    );
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    /// @dev Builds and signs (with `signerKey`) a forwarder request calling `target` with `data`, valid for an hour,
    /// under the signer's current forwarder nonce.
    function _forwardRequest(uint256 signerKey, address target, bytes memory data, uint256 gas)
        internal
        view
        returns (ERC2771Forwarder.ForwardRequestData memory req)
    {
        req.from = vm.addr(signerKey);
        req.to = target;
        req.gas = gas;
        req.deadline = uint48(block.timestamp + 1 hours);
        req.data = data;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, _forwardDigest(req, forwarder.nonces(req.from)));
        req.signature = abi.encodePacked(r, s, v);
    }

    /// @dev Has the relayer forward a request signed with `signerKey` calling `target`, which does not trust the
    /// forwarder, and expects the forwarder to refuse it.
    function _expectUntrustfulTarget(uint256 signerKey, address target, bytes memory data) internal {
        ERC2771Forwarder.ForwardRequestData memory req = _forwardRequest(signerKey, target, data, 200_000);
        vm.prank(RELAYER);
        vm.expectRevert(
            abi.encodeWithSelector(ERC2771Forwarder.ERC2771UntrustfulTarget.selector, target, address(forwarder))
        );
        forwarder.execute(req);
    }

    /// @dev The EIP-712 digest of `req` under `nonce`, as the forwarder computes it.
    function _forwardDigest(ERC2771Forwarder.ForwardRequestData memory req, uint256 nonce)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                FORWARD_REQUEST_TYPEHASH, req.from, req.to, req.value, req.gas, nonce, req.deadline, keccak256(req.data)
            )
        );
        bytes32 domain = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Bevan Forwarder"), keccak256("1"), block.chainid, address(forwarder))
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }
}

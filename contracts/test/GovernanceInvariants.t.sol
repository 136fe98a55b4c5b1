// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./utils/BevanFixture.sol";
import {Vm} from "./utils/Test.sol";
import {Membership} from "../src/Membership.sol";
import {BevanTimelock} from "../src/BevanTimelock.sol";
import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {RecordAnchor} from "../src/RecordAnchor.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @dev Drives Membership the way passed proposals do (mint and burn as the timelock) and lets actors try to take
/// admin rights they must never get. Keeps a ghost count of members and a per-block history of it. Calls that must
/// succeed (minting a new member, burning a member) are made without `try`, so a revert fails the run
/// (`fail_on_revert = true`); calls that must revert check the exact error.
contract GovernanceHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    Membership public immutable membership;
    BevanTimelock public immutable timelock;
    ConsentRegistry public immutable consents;
    RecordAnchor public immutable anchors;

    /// @notice Every address that ever was a member or that an action touched.
    address[] public seen;
    mapping(address => bool) public isSeen;
    /// @notice Addresses that act against the contracts (and may be minted).
    address[] public actors;

    uint256 public ghostMembers;
    /// @notice The handler's own block (block changes are re-applied at the start of every action).
    uint256 public currentBlock;
    /// @notice Blocks in which membership changed, and the member count at the end of each.
    uint256[] public changeBlocks;
    mapping(uint256 => uint256) public countAtBlock;
    uint256 public fresh;

    uint256 public mints;
    uint256 public burns;
    uint256 public rejectedMints;
    uint256 public rejectedBurns;
    uint256 public adminAttempts;
    /// @notice Set when an action saw behaviour it must never see: a forbidden call that succeeded, or one that
    /// reverted with another error than the expected one.
    string public violation;

    constructor(
        Membership membership_,
        BevanTimelock timelock_,
        ConsentRegistry consents_,
        RecordAnchor anchors_,
        address[] memory founders
    ) {
        membership = membership_;
        timelock = timelock_;
        consents = consents_;
        anchors = anchors_;
        currentBlock = block.number;
        for (uint256 i = 0; i < founders.length; ++i) {
            _see(founders[i]);
            actors.push(founders[i]);
        }
        for (uint256 i = 1; i <= 8; ++i) {
            address a = address(uint160(0xA000 + i));
            _see(a);
            actors.push(a);
        }
        ghostMembers = founders.length;
    }

    modifier atCurrentBlock() {
        vm.roll(currentBlock);
        _;
    }

    function seenCount() external view returns (uint256) {
        return seen.length;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function changeCount() external view returns (uint256) {
        return changeBlocks.length;
    }

    // ------------------------------------------------------------------ actions

    /// @notice Mints one of the known actors (often one that is or was a member: must be refused).
    function mintActor(uint256 seed, uint8 kindRaw) external atCurrentBlock {
        _mint(actors[seed % actors.length], kindRaw);
    }

    /// @notice Mints a never-seen address.
    function mintFresh(uint8 kindRaw) external atCurrentBlock {
        address a = address(uint160(uint256(keccak256(abi.encode("fresh", ++fresh)))));
        _see(a);
        _mint(a, kindRaw);
    }

    function burn(uint256 seed) external atCurrentBlock {
        address a = seen[seed % seen.length];
        bool wasMember = membership.isMember(a);
        vm.prank(address(timelock));
        if (wasMember) {
            membership.burn(a);
            --ghostMembers;
            ++burns;
            _recordChange();
        } else {
            try membership.burn(a) {
                violation = "burned a non-member";
            } catch (bytes memory err) {
                if (keccak256(err) != keccak256(abi.encodeWithSelector(Membership.NotMember.selector, a))) {
                    violation = "burn of a non-member: wrong error";
                }
                ++rejectedBurns;
            }
        }
    }

    function roll(uint256 blocks) external {
        currentBlock += 1 + (blocks % 20);
        vm.roll(currentBlock);
    }

    /// @notice An actor (member or not) tries every way it might become an admin; all must fail.
    function grabAdmin(uint256 seed) external atCurrentBlock {
        address a = actors[seed % actors.length];
        ++adminAttempts;
        bytes32 admin = 0x00;
        bytes32 emergency = consents.EMERGENCY_ROLE();
        // Each refusal must be the access-control error naming the actor and the role it lacks.
        bytes memory notAdmin =
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, a, admin);
        vm.startPrank(a);
        _tryGrant(address(timelock), admin, a, notAdmin, "timelock admin");
        _tryGrant(address(consents), admin, a, notAdmin, "consents admin");
        _tryGrant(address(anchors), admin, a, notAdmin, "anchors admin");
        _tryGrant(address(consents), emergency, a, notAdmin, "consents EMERGENCY_ROLE");
        try membership.mint(a, "HIJACK", Membership.Kind.Other) {
            violation = "actor minted directly";
        } catch (bytes memory err) {
            _expect(err, abi.encodeWithSelector(Membership.NotTimelock.selector, a), "membership.mint: wrong error");
        }
        try timelock.schedule(address(membership), 0, "", 0, bytes32(seed), 1 hours) {
            violation = "actor scheduled on the timelock";
        } catch (bytes memory err) {
            _expect(
                err,
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, a, timelock.PROPOSER_ROLE()
                ),
                "timelock.schedule: wrong error"
            );
        }
        vm.stopPrank();
    }

    // ------------------------------------------------------------------ internals

    function _mint(address a, uint8 kindRaw) private {
        Membership.Kind kind = Membership.Kind(1 + (kindRaw % 5));
        (,, uint48 joinedAt,) = membership.member(a);
        vm.prank(address(timelock));
        if (joinedAt == 0) {
            membership.mint(a, "RX1", kind);
            ++ghostMembers;
            ++mints;
            _recordChange();
        } else {
            try membership.mint(a, "RX1", kind) {
                violation = "minted a current or former member";
            } catch (bytes memory err) {
                if (keccak256(err) != keccak256(abi.encodeWithSelector(Membership.AlreadyMember.selector, a))) {
                    violation = "mint of a current or former member: wrong error";
                }
                ++rejectedMints;
            }
        }
    }

    /// @dev `a` (pranked by the caller) tries to grant itself `role` (`what`) on `target`, which must refuse with
    /// `notAdmin`; otherwise `violation` says what went wrong.
    function _tryGrant(address target, bytes32 role, address a, bytes memory notAdmin, string memory what) private {
        try IAccessControl(target).grantRole(role, a) {
            violation = string.concat("actor granted itself ", what);
        } catch (bytes memory err) {
            _expect(err, notAdmin, string.concat("granting ", what, ": wrong error"));
        }
    }

    function _expect(bytes memory err, bytes memory want, string memory wrong) private {
        if (keccak256(err) != keccak256(want)) violation = wrong;
    }

    function _see(address a) private {
        if (!isSeen[a]) {
            isSeen[a] = true;
            seen.push(a);
        }
    }

    function _recordChange() private {
        if (changeBlocks.length == 0 || changeBlocks[changeBlocks.length - 1] != currentBlock) {
            changeBlocks.push(currentBlock);
        }
        countAtBlock[currentBlock] = ghostMembers;
    }
}

contract GovernanceInvariantsTest is BevanFixture {
    GovernanceHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory founders = new address[](3);
        founders[0] = member1;
        founders[1] = member2;
        founders[2] = member3;
        handler = new GovernanceHandler(membership, timelock, consents, anchors, founders);
        targetContract(address(handler));
    }

    /// @dev Sum of current votes over every address ever seen == memberCount() == the ghost count, and the
    /// checkpointed total supply agrees with the ghost history at every past block.
    function invariant_totalVotesEqualMembers() public {
        uint256 sum;
        uint256 n = handler.seenCount();
        for (uint256 i = 0; i < n; ++i) {
            address a = handler.seen(i);
            uint256 v = membership.getVotes(a);
            assertLe(v, 1, "at most one vote per address");
            assertEq(v == 1, membership.isMember(a), "a vote iff a member");
            assertEq(membership.delegates(a), v == 1 ? a : address(0), "self-delegation iff a member");
            sum += v;
        }
        assertEq(sum, membership.memberCount(), "sum of votes == memberCount");
        assertEq(membership.memberCount(), handler.ghostMembers(), "memberCount == ghost");

        // After a roll, the last block is in the past and its total supply is the ghost count.
        uint256 current = handler.currentBlock();
        vm.roll(current + 1);
        assertEq(membership.getPastTotalSupply(current), handler.ghostMembers(), "past supply == ghost");
        for (uint256 i = 0; i < n; ++i) {
            address a = handler.seen(i);
            assertEq(membership.getPastVotes(a, current), membership.getVotes(a), "past votes == current votes");
        }
        // Every block in which membership changed keeps its end-of-block count.
        uint256 changes = handler.changeCount();
        for (uint256 i = 0; i < changes; ++i) {
            uint256 b = handler.changeBlocks(i);
            assertEq(membership.getPastTotalSupply(b), handler.countAtBlock(b), "historical supply");
        }
        assertEq(membership.getPastTotalSupply(99), 0, "nothing before deployment");
    }

    /// @dev Whatever the membership became, the quorum at every past block is the smallest vote count that is at
    /// least QUORUM_PERCENT of the members then (rounded up): with three or more members the proposer alone never
    /// reaches a 50 % quorum.
    function invariant_quorumRoundsUp() public {
        uint256 current = handler.currentBlock();
        vm.roll(current + 1);
        uint256 members = membership.getPastTotalSupply(current);
        uint256 q = governor.quorum(current);
        assertTrue(q * 100 >= members * QUORUM_PERCENT, "quorum covers the percentage");
        assertTrue(q == 0 || (q - 1) * 100 < members * QUORUM_PERCENT, "quorum is the smallest such count");
        if (members >= 3) assertTrue(q >= 2, "the proposer alone never reaches quorum");
    }

    function invariant_onlyTimelockHoldsAdmin() public view {
        bytes32 admin = timelock.DEFAULT_ADMIN_ROLE();
        uint256 n = handler.actorCount();
        for (uint256 i = 0; i < n + 3; ++i) {
            address a =
                i < n ? handler.actors(i) : i == n ? address(this) : i == n + 1 ? address(handler) : address(governor);
            assertFalse(timelock.hasRole(admin, a), "timelock admin");
            assertFalse(consents.hasRole(admin, a), "consents admin");
            assertFalse(anchors.hasRole(admin, a), "anchors admin");
            assertFalse(consents.hasRole(consents.EMERGENCY_ROLE(), a), "emergency role");
            assertFalse(timelock.hasRole(timelock.PROPOSER_ROLE(), a) && a != address(governor), "proposer");
        }
        assertTrue(timelock.hasRole(admin, address(timelock)), "timelock self-admin");
        assertTrue(consents.hasRole(admin, address(timelock)), "timelock administers consents");
        assertTrue(anchors.hasRole(admin, address(timelock)), "timelock administers anchors");
        assertEq(membership.owner(), address(timelock), "timelock owns membership");
    }

    /// @dev No handler action saw a forbidden outcome.
    function invariant_noViolation() public view {
        assertEq(keccak256(bytes(handler.violation())), keccak256(""), handler.violation());
    }
}

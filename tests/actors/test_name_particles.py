"""A capital or town after a lower-case particle inside a longer name is not that capital ("Mocimboa da Praia" is
a Mozambican town, not Cabo Verde's capital); the capital named alone still is."""
from datetime import date

from flashpoint.actors import ActorResolver

D = date(2021, 8, 8)


def test_a_capital_inside_a_longer_place_name_names_no_country():
    r = ActorResolver()
    ctx = "Insurgents seized entire towns, including the strategically important Mocimboa da Praia."
    assert "CPV" not in r.context_countries(ctx, D)
    assert r.context_countries("Police in Praia arrested two men.", D) == ("CPV",)
    assert r.resolve("the mayor of Praia", when=D).country == "CPV"
    assert r.resolve("police in Rio de Janeiro", when=D).country == "BRA"
